"""Option flags, directives, blank lines and exception matching.

>>> print("a   b\\n c")  # doctest: +NORMALIZE_WHITESPACE
a b c
>>> list(range(20))  # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> print("x\\n\\ny")
x
<BLANKLINE>
y
>>> raise ValueError("some detail")  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
  ...
pkg.ValueError: another detail
>>> 1/0
Traceback (most recent call last):
ZeroDivisionError: division by zero
>>> undefined_name  # doctest: +SKIP
42
>>> True
1
>>> x = 5
>>> x * 2
10
>>> _
10
>>> for i in range(3):
...     print(i)
0
1
2
>>> def f(a):
...     return a + 1
>>> f(1)
2
"""


def ellipsis_cases():
    """
    >>> print("abcdef")  # doctest: +ELLIPSIS
    a...f
    >>> print("abc")  # doctest: +ELLIPSIS
    abc...abc
    >>> print("abc")  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    ...
    >>> print("aXbXc")  # doctest: +ELLIPSIS
    a...b...c
    """


def diff_cases():
    """
    >>> print("one\\ntwo\\nthree\\nfour")  # doctest: +REPORT_UDIFF
    one
    TWO
    three
    four
    >>> print("one\\ntwo\\nthree\\nfour")  # doctest: +REPORT_CDIFF
    one
    TWO
    three
    four
    >>> print("one\\ntwo\\nthree")  # doctest: +REPORT_NDIFF
    one
    tvo
    three
    >>> print("one\\ntwo")  # doctest: +REPORT_UDIFF
    one
    TWO
    >>> print("x\\n\\ny")  # doctest: +DONT_ACCEPT_BLANKLINE
    x
    <BLANKLINE>
    y
    >>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> raise TypeError("multi\\nline")
    Traceback (most recent call last):
    TypeError: multi
    line
    >>> print(1)
    Traceback (most recent call last):
    ValueError: no
    >>> print("   ")
    <BLANKLINE>
    """


class Widget:
    """A class.

    >>> Widget().size
    3
    """

    def method(self):
        """
        >>> Widget().method()
        'm'
        """
        return 'm'

    @staticmethod
    def stat():
        """
        >>> Widget.stat()
        's'
        """
        return 's'

    @classmethod
    def klass(cls):
        """
        >>> Widget.klass()
        'Widget'
        """
        return cls.__name__

    @property
    def size(self):
        """
        >>> Widget().size
        4
        """
        return 3


__test__ = {"extra": """
>>> 2 + 2
4
>>> 2 + 3
4
"""}


def first_failure_only():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """


def fail_fast():
    """
    >>> 1
    2
    >>> 3
    4
    """


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE))
    print(doctest.testmod(optionflags=doctest.FAIL_FAST))
    print(doctest.testmod(verbose=True))
    print(doctest.master.summarize(verbose=True) if doctest.master else None)
