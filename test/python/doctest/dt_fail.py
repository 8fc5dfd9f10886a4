def square(n):
    """Square a number.

    >>> square(2)
    4
    >>> square(3)
    10
    >>> print("a\\nb")
    a
    c
    >>> square(0)
    >>> print("x")
    """
    return n * n


def other():
    """
    >>> other()
    'other'
    >>> 1/0
    Traceback (most recent call last):
    ZeroDivisionError: division by zero
    """
    return 'other'


if __name__ == "__main__":
    import doctest
    r = doctest.testmod()
    print(r, r.failed, r.attempted)
    doctest.run_docstring_examples(square, globals())
    doctest.run_docstring_examples(other, {"other": other}, name="other_fn")
