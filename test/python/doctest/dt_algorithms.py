"""
Binary search and friends, documented the way algorithm collections do it.
"""
from __future__ import annotations


def binary_search(items: list[int], target: int) -> int:
    """
    Return the index of target in the sorted list, or -1.

    >>> binary_search([1, 3, 5, 7], 5)
    2
    >>> binary_search([1, 3, 5, 7], 4)
    -1
    >>> binary_search([], 1)
    -1
    """
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def mean(values: list[float]) -> float:
    """
    >>> mean([1, 2, 3, 4])
    2.5
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty list
    >>> round(mean([0.1, 0.2]), 2)
    0.15
    """
    if not values:
        raise ValueError("mean of empty list")
    return sum(values) / len(values)


def fib(n: int) -> list[int]:
    """
    >>> fib(10)  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 1, 2, 3,
     5, 8, 13, 21, 34]
    >>> fib(-1)
    Traceback (most recent call last):
    ValueError: n must be >= 0
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    out = []
    a, b = 0, 1
    for _ in range(n):
        out.append(a)
        a, b = b, a + b
    return out


class Matrix:
    """
    >>> m = Matrix([[1, 2], [3, 4]])
    >>> m
    Matrix([[1, 2], [3, 4]])
    >>> m.transpose()
    Matrix([[1, 3], [2, 4]])
    >>> print(m)
    1 2
    3 4
    """

    def __init__(self, rows):
        self.rows = rows

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        return "\n".join(" ".join(map(str, r)) for r in self.rows)

    def transpose(self) -> "Matrix":
        """
        >>> Matrix([[1]]).transpose().rows
        [[1]]
        """
        return Matrix([list(r) for r in zip(*self.rows)])


if __name__ == "__main__":
    from doctest import testmod

    testmod()
    print(testmod(name="algorithms", verbose=False))
    import doctest
    doctest.testmod(optionflags=doctest.ELLIPSIS)
    print("done")
