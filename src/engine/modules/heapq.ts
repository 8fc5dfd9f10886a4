// `heapq`, written in Python and compiled by our engine on first import
// (modules/pysource.ts): the binary min-heap functions with the algorithms and
// comparisons the standard library documents and uses (so even items whose order is
// not total end up where CPython puts them). merge() is a generator over a heap of the
// inputs' current items, ties going to the earlier input, so its order is CPython's.
// nlargest/nsmallest (our own code) stream: they keep at most n entries in a bounded
// heap, so the iterable is never copied and only n keys stay alive; results equal
// sorted(iterable, key=key, reverse=True)[:n] (resp. sorted(...)[:n]), with the
// shortcuts CPython documents (n == 1 is max()/min(); n at least len() is sorted()).

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'heappushpop', 'merge', 'nlargest', 'nsmallest']

def _must_be_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError('%s must be list, not %s' % (what, type(heap).__name__))

def heappush(heap, item):
    _must_be_list(heap, 'heappush() argument 1')
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)

def heappop(heap):
    _must_be_list(heap, 'heappop() argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _settle(heap, 0)
    return smallest

def heapreplace(heap, item):
    _must_be_list(heap, 'heapreplace() argument 1')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _settle(heap, 0)
    return smallest

def heappushpop(heap, item):
    _must_be_list(heap, 'heappushpop() argument 1')
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _settle(heap, 0)
        return smallest
    return item

def heapify(x):
    _must_be_list(x, 'heapify() argument')
    for pos in reversed(range(len(x) // 2)):
        _settle(x, pos)

def _rise(heap, floor, pos):
    # The entry at pos moves up (never above floor) while it is smaller than its parent.
    entry = heap[pos]
    while pos > floor:
        up = (pos - 1) >> 1
        if not entry < heap[up]:
            break
        heap[pos] = heap[up]
        pos = up
    heap[pos] = entry

def _settle(heap, pos):
    # The entry at pos is out of place below: move the hole down to a leaf along the
    # smaller children, then let the entry rise back from there (fewer comparisons than
    # comparing it at every level, and the layout the standard library produces).
    size = len(heap)
    floor = pos
    entry = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = entry
    _rise(heap, floor, pos)

def _top_n(n, iterable, key, largest):
    # n == 1 is max()/min(); a sized iterable with no more than n items is sorted whole.
    if n == 1:
        missing = object()
        it = iter(iterable)
        pick = max if largest else min
        best = pick(it, default=missing) if key is None else pick(it, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # The kept entries are (key, rank, item) triples in a heap whose root is the entry
    # to give way first: the smallest for nlargest, the largest for nsmallest. Ranks
    # are distinct and favour earlier items among equal keys (they count down for
    # nlargest, up for nsmallest), so items are never compared and the result is stable.
    it = iter(iterable)
    step = -1 if largest else 1
    first = 0 if largest else n
    if key is None:
        heap = [(item, rank, item) for rank, item in zip(range(first, first + step * n, step), it)]
    else:
        heap = [(key(item), rank, item) for rank, item in zip(range(first, first + step * n, step), it)]
    if not heap:
        return []
    if largest:
        heapify(heap)
    else:
        _heapify_largest_first(heap)
    bound = heap[0][0]
    rank = first + step * n
    for item in it:
        k = item if key is None else key(item)
        if (bound < k) if largest else (k < bound):
            if largest:
                heapreplace(heap, (k, rank, item))
            else:
                _replace_largest(heap, (k, rank, item))
            bound = heap[0][0]
            rank += step
    heap.sort(reverse=largest)
    return [entry[2] for entry in heap]

def _heapify_largest_first(heap):
    for pos in reversed(range(len(heap) // 2)):
        _sink_largest_first(heap, pos)

def _replace_largest(heap, entry):
    heap[0] = entry
    _sink_largest_first(heap, 0)

def _sink_largest_first(heap, pos):
    # A max-heap, restored below pos the way heapify's own sift is (so that items
    # whose order is not total end up where CPython's leave them): walk the hole at
    # pos down to a leaf along the larger children, then let the entry rise from there.
    size = len(heap)
    top = pos
    entry = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    while pos > top:
        parent = (pos - 1) >> 1
        if not heap[parent] < entry:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = entry

def merge(*iterables, key=None, reverse=False):
    # The heap holds one [sort key, tie rank, item, iterator] per input not yet used up.
    # Ranks are distinct and favour earlier inputs among equal keys (a min-heap sees
    # 0, 1, 2...; the max-heap of reverse=True sees 0, -1, -2...), so items themselves are
    # only compared through their keys.
    heads = []
    for number, iterable in enumerate(iterables):
        source = iter(iterable)
        for item in source:
            heads.append([item if key is None else key(item), -number if reverse else number, item, source])
            break
    sift = _sink_largest_first if reverse else _settle
    if reverse:
        _heapify_largest_first(heads)
    else:
        heapify(heads)
    while len(heads) > 1:
        entry = heads[0]
        yield entry[2]
        for item in entry[3]:
            entry[0] = item if key is None else key(item)
            entry[2] = item
            break
        else:
            heads[0] = heads.pop()
        sift(heads, 0)
    if heads:
        entry = heads[0]
        yield entry[2]
        yield from entry[3]

def nsmallest(n, iterable, key=None):
    return _top_n(n, iterable, key, False)

def nlargest(n, iterable, key=None):
    return _top_n(n, iterable, key, True)
`;

export const createHeapqModule = pythonModule("heapq", () => SOURCE);
