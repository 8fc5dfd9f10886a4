"""Doctests run through unittest with DocTestSuite.

>>> 1 + 1
2
"""
import doctest
import sys
import unittest


def good():
    """
    >>> good()
    'fine'
    """
    return 'fine'


def bad():
    """
    >>> bad()
    'other'
    """
    return 'actual'


def nothing():
    """No examples here."""


if __name__ == '__main__':
    suite = doctest.DocTestSuite()
    cases = list(suite)
    print(suite.countTestCases(), [c.id() for c in cases])
    print([repr(c) for c in cases], [str(c) for c in cases])
    print([c.shortDescription() for c in cases], type(cases[0]).__name__, type(cases[0]).__module__)
    print(doctest.DocTestCase is type(cases[0]))
    events = []
    suite = doctest.DocTestSuite(setUp=lambda t: events.append(('setUp', t.name)),
                                 tearDown=lambda t: events.append(('tearDown', t.name)),
                                 optionflags=doctest.ELLIPSIS)
    result = unittest.TestResult()
    suite.run(result)
    print(result.testsRun, len(result.failures), len(result.errors), events)
    case, text = result.failures[0]
    print(case.id())
    print(text.split('\n\n', 1)[0].replace(sys.argv[0], 'dt_suite.py').splitlines()[-2:])
    print(text.split('\n\n', 1)[1].replace(sys.argv[0], 'dt_suite.py'))
    empty = doctest.DocTestSuite(test_finder=doctest.DocTestFinder(exclude_empty=False))
    print(empty.countTestCases())
    try:
        doctest.no_such_name
    except AttributeError as e:
        print('AttributeError:', e)
