"""Module docstring.

>>> 1 + 1
2
"""


def add(a, b):
    """Return the sum.

    >>> add(2, 3)
    5
    >>> add("a", "b")
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> x = add(1, 1)
    >>> x
    2
    >>> print("hi")
    hi
    >>> for i in range(2):
    ...     print(i)
    0
    1
    >>> None
    >>> add(True, False)
    1
    >>> print("")
    <BLANKLINE>
    """
    return a + b


class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1)
    >>> s.pop()
    1
    """

    def __init__(self):
        self.items = []

    def push(self, x):
        """Push.

        >>> Stack().push(3) is None
        True
        """
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    @property
    def size(self):
        """>>> Stack().size
        0
        """
        return len(self.items)

    @staticmethod
    def helper():
        """>>> Stack.helper()
        'h'
        """
        return 'h'


def raises():
    """
    >>> raises()
    Traceback (most recent call last):
        ...
    ValueError: bad value
    >>> int("x")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    """
    raise ValueError("bad value")


def flags():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> print(1)  # doctest: +SKIP
    2
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    doctest.testmod(verbose=True)
