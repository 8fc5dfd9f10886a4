"""Bisection algorithms.

Binary search over a sorted sequence, and insertion that keeps it sorted.
"""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]


def _bounds(seq, lo, hi):
    # The search window [lo, hi); hi defaults to the whole sequence.
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, (len(seq) if hi is None else hi)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index of the first position where x could be inserted in a sorted a,
    before any entries equal to x. key, if given, is applied to the entries."""
    low, high = _bounds(a, lo, hi)
    while low < high:
        middle = (low + high) // 2
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            low = middle + 1
        else:
            high = middle
    return low


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index of the last position where x could be inserted in a sorted a,
    after any entries equal to x. key, if given, is applied to the entries."""
    low, high = _bounds(a, lo, hi)
    while low < high:
        middle = (low + high) // 2
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            high = middle
        else:
            low = middle + 1
    return low


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, before any entries equal to it."""
    target = x if key is None else key(x)
    a.insert(bisect_left(a, target, lo, hi, key=key), x)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted a, after any entries equal to it."""
    target = x if key is None else key(x)
    a.insert(bisect_right(a, target, lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
