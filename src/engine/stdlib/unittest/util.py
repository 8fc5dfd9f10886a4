"""Helpers shared by the unittest modules: reprs that never fail, shortened reprs for
'x != y' messages, and element-count comparison for assertCountEqual (heapscope)."""

from collections import namedtuple

# Shortening of long reprs in failure messages: a message line stays near _WIDTH
# characters; elided runs are written as '[N chars]' (the marker costs about _MARK).
_WIDTH = 80
_MARK = 12
_KEEP_HEAD = 5
_KEEP_TAIL = 5
_KEEP_SHARED = 5
_KEEP_DIFF = _WIDTH - (_KEEP_HEAD + _MARK + _KEEP_SHARED + _MARK + _KEEP_TAIL)

Mismatch = namedtuple('Mismatch', 'actual expected value')


def _elide(text, head, tail):
    hidden = len(text) - head - tail
    if hidden <= _MARK:
        return text
    return text[:head] + '[' + str(hidden) + ' chars]' + text[len(text) - tail:]


def _shared_start(texts):
    # The longest common prefix; comparing the smallest and largest string suffices.
    low, high = min(texts), max(texts)
    n = 0
    for a, b in zip(low, high):
        if a != b:
            break
        n += 1
    return low[:n]


def _common_shorten_repr(*values):
    reprs = [safe_repr(v) for v in values]
    longest = max(len(r) for r in reprs)
    if longest <= _WIDTH:
        return tuple(reprs)
    shared = _shared_start(reprs)
    cut = len(shared)
    room = _WIDTH - (longest - cut + _KEEP_HEAD + _MARK)
    if room > _KEEP_SHARED:
        head = _elide(shared, _KEEP_HEAD, room)
        return tuple(head + r[cut:] for r in reprs)
    head = _elide(shared, _KEEP_HEAD, _KEEP_SHARED)
    return tuple(head + _elide(r[cut:], _KEEP_DIFF, _KEEP_TAIL) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _WIDTH:
        return text[:_WIDTH] + ' [truncated]...'
    return text


def strclass(cls):
    return cls.__module__ + '.' + cls.__qualname__


def three_way_cmp(x, y):
    """Return -1, 0 or 1 as x is less than, equal to or greater than y."""
    if x < y:
        return -1
    if y < x:
        return 1
    return 0


def sorted_list_difference(expected, actual):
    """Items missing from actual and items unexpected in actual, for two sorted
    lists; each distinct value is reported once."""
    missing, unexpected = [], []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i = _skip_equal(expected, i)
        elif a < e:
            unexpected.append(a)
            j = _skip_equal(actual, j)
        else:
            i = _skip_equal(expected, i)
            j = _skip_equal(actual, j)
    for v in expected[i:]:
        if not missing or missing[-1] != v:
            missing.append(v)
    for v in actual[j:]:
        if not unexpected or unexpected[-1] != v:
            unexpected.append(v)
    return missing, unexpected


def _skip_equal(items, k):
    value = items[k]
    k += 1
    while k < len(items) and items[k] == value:
        k += 1
    return k


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for unsortable items; consumes expected."""
    missing = []
    while expected:
        item = expected.pop()
        if item in actual:
            actual.remove(item)
        else:
            missing.append(item)
    return missing, actual


def _tally(items):
    # value -> count, in order of first appearance (values must be hashable)
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """Mismatch(count in actual, count in expected, value) for every value whose
    counts differ: values of actual first (in order), then values only in expected."""
    have, want = _tally(actual), _tally(expected)
    out = [Mismatch(n, want.get(v, 0), v) for v, n in have.items() if n != want.get(v, 0)]
    out.extend(Mismatch(0, n, v) for v, n in want.items() if v not in have)
    return out


def _count_diff_all_purpose(actual, expected):
    """Same report as _count_diff_hashable, using only == (unhashable values)."""
    pending_a, pending_e = list(actual), list(expected)
    used = object()
    out = []

    def take(pending, start, value):
        n = 0
        for k in range(start, len(pending)):
            if pending[k] is not used and pending[k] == value:
                pending[k] = used
                n += 1
        return n

    for k in range(len(pending_a)):
        value = pending_a[k]
        if value is used:
            continue
        n_actual = take(pending_a, k, value)
        n_expected = take(pending_e, 0, value)
        if n_actual != n_expected:
            out.append(Mismatch(n_actual, n_expected, value))
    for k in range(len(pending_e)):
        value = pending_e[k]
        if value is not used:
            out.append(Mismatch(0, take(pending_e, k, value), value))
    return out
