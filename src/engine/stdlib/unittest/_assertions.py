"""The failure messages of TestCase's comparison assertions, and the context managers
behind assertRaises/assertWarns (heapscope).

Each *_report function returns the standard message for two values that differ, or None
when they are equal (the caller adds the user's msg and raises)."""

import difflib
import pprint
import re
import sys
import warnings
from unittest.util import (safe_repr, _common_shorten_repr, _count_diff_all_purpose,
                           _count_diff_hashable)

DIFF_OMITTED = '\nDiff is %s characters long. Set self.maxDiff to None to see it.'


def _line_diff(a, b):
    # ndiff of the pretty-printed values, one line per element
    return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(a).splitlines(),
                                          pprint.pformat(b).splitlines()))


def with_diff(case, message, diff):
    """The message followed by the diff, or by a note when the diff exceeds maxDiff."""
    limit = case.maxDiff
    if limit is not None and len(diff) > limit:
        return message + DIFF_OMITTED % len(diff)
    return message + diff


def _length(seq):
    try:
        return len(seq)
    except (TypeError, NotImplementedError):
        return None


def _item(seq, k):
    try:
        return True, seq[k]
    except (TypeError, IndexError, NotImplementedError):
        return False, None


def sequence_report(case, first, second, seq_type):
    """assertSequenceEqual's message, or None when the sequences are equal."""
    if seq_type is None:
        kind = 'sequence'
    else:
        kind = seq_type.__name__
        for label, value in (('First', first), ('Second', second)):
            if not isinstance(value, seq_type):
                raise case.failureException('%s sequence is not a %s: %s'
                                            % (label, kind, safe_repr(value)))
    n1, n2 = _length(first), _length(second)
    if n1 is None:
        text = 'First %s has no length.    Non-sequence?' % kind
    elif n2 is None:
        text = 'Second %s has no length.    Non-sequence?' % kind
    else:
        if first == second:
            return None
        text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(first, second))
        found = _first_difference(first, second, min(n1, n2), kind)
        if found is None:
            if n1 == n2 and seq_type is None and type(first) != type(second):
                return None   # equal items, only the sequence types differ
        else:
            text += found
        text += _extra_items(first, second, n1, n2, kind)
    return with_diff(case, text, _line_diff(first, second))


def _first_difference(first, second, common, kind):
    for k in range(common):
        ok1, a = _item(first, k)
        if not ok1:
            return '\nUnable to index element %d of first %s\n' % (k, kind)
        ok2, b = _item(second, k)
        if not ok2:
            return '\nUnable to index element %d of second %s\n' % (k, kind)
        if a != b:
            return '\nFirst differing element %d:\n%s\n%s\n' % ((k,) + _common_shorten_repr(a, b))
    return None


def _extra_items(first, second, n1, n2, kind):
    if n1 == n2:
        return ''
    longer, which, shorter_len = (first, 'First', n2) if n1 > n2 else (second, 'Second', n1)
    text = '\n%s %s contains %d additional elements.\n' % (which, kind, abs(n1 - n2))
    ok, extra = _item(longer, shorter_len)
    if ok:
        return text + 'First extra element %d:\n%s\n' % (shorter_len, safe_repr(extra))
    return text + 'Unable to index element %d of %s %s\n' % (shorter_len, which.lower(), kind)


def set_report(case, first, second):
    """assertSetEqual's message (the items on one side only), or None; values that
    cannot be compared as sets fail at once (the msg argument is not used then)."""
    only = []
    for label, a, b in (('first', first, second), ('second', second, first)):
        try:
            only.append(a.difference(b))
        except TypeError as exc:
            case.fail('invalid type when attempting set difference: %s' % exc)
        except AttributeError as exc:
            case.fail('%s argument does not support set difference: %s' % (label, exc))
    if not (only[0] or only[1]):
        return None
    lines = []
    for items, heading in zip(only, ('Items in the first set but not the second:',
                                     'Items in the second set but not the first:')):
        if items:
            lines.append(heading)
            lines.extend(repr(item) for item in items)
    return '\n'.join(lines)


def dict_report(case, first, second):
    if first == second:
        return None
    return with_diff(case, '%s != %s' % _common_shorten_repr(first, second), _line_diff(first, second))


def text_report(case, first, second):
    """assertMultiLineEqual's message: a line diff of the two strings, or None."""
    if first == second:
        return None
    threshold = case._diffThreshold
    if len(first) > threshold or len(second) > threshold:
        return '%s != %s' % _common_shorten_repr(first, second)
    a, b = first.splitlines(keepends=True), second.splitlines(keepends=True)
    if len(a) == 1 and first.strip('\r\n') == first:
        # one line without an end: give both an end so ndiff lines stay separate
        a, b = [first + '\n'], [second + '\n']
    return with_diff(case, '%s != %s' % _common_shorten_repr(first, second),
                     '\n' + ''.join(difflib.ndiff(a, b)))


def count_report(case, first, second):
    """assertCountEqual's message, or None when both hold the same elements."""
    a, b = list(first), list(second)
    try:
        tally_a, tally_b = _tally(a), _tally(b)
    except TypeError:
        mismatches = _count_diff_all_purpose(a, b)
    else:
        if tally_a == tally_b:
            return None
        mismatches = _count_diff_hashable(a, b)
    if not mismatches:
        return None
    lines = ['First has %d, Second has %d:  %r' % tuple(m) for m in mismatches]
    return with_diff(case, 'Element counts were not equal:\n', '\n'.join(lines))


def _tally(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(one, basetype) for one in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _AssertRaisesBaseContext:
    """Shared by assertRaises and assertWarns: either a context manager, or (with a
    callable) calls it inside itself."""

    def __init__(self, expected, test_case, expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = None
        self.msg = None

    def _raiseFailure(self, standardMsg):
        raise self.test_case.failureException(self.test_case._formatMessage(self.msg, standardMsg))

    def handle(self, name, args, kwargs):
        """As a context manager when args is empty (kwargs may hold msg), else call
        args[0](*args[1:], **kwargs) under the check."""
        try:
            if not _is_subtype(self.expected, self._base_type):
                raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
            if not args:
                self.msg = kwargs.pop('msg', None)
                for bad in kwargs:
                    raise TypeError('%r is an invalid keyword argument for this function' % (bad,))
                return self
            func, rest = args[0], args[1:]
            self.obj_name = _name_of(func)
            with self:
                func(*rest, **kwargs)
        finally:
            self = None   # no reference cycle through the frame

    def _missing(self, verb):
        what = _name_of(self.expected)
        if self.obj_name:
            self._raiseFailure('%s not %s by %s' % (what, verb, self.obj_name))
        self._raiseFailure('%s not %s' % (what, verb))


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager of assertRaises and assertRaisesRegex."""

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._missing('raised')
        if not issubclass(exc_type, self.expected):
            return False   # let an unexpected exception through
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._raiseFailure('"%s" does not match "%s"' % (pattern.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager of assertWarns and assertWarnsRegex: records every warning
    while it is active and looks for a matching one."""

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # forget "already warned" marks so that every warning shows up again
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None   # the block raised: not our business
        pattern = self.expected_regex
        first_of_kind = None
        for record in self.warnings:
            warning = record.message
            if not isinstance(warning, self.expected):
                continue
            if first_of_kind is None:
                first_of_kind = warning
            if pattern is None or pattern.search(str(warning)):
                self.warning, self.filename, self.lineno = warning, record.filename, record.lineno
                return None
        if first_of_kind is not None:
            self._raiseFailure('"%s" does not match "%s"' % (pattern.pattern, str(first_of_kind)))
        self._missing('triggered')
