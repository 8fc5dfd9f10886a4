import doctest
import unittest
import io
import sys

text = """
Some prose.
    >>> x = 1
    >>> x + 1
    2
    >>> print('a')
    ... # comment only continuation
    a

More prose.
    >>> # just a comment
    >>> raise ValueError('v')
    Traceback (most recent call last):
      ...
    ValueError: v
    >>> 3  # doctest: +ELLIPSIS
    3
"""

parser = doctest.DocTestParser()
for piece in parser.parse(text, 'demo'):
    if isinstance(piece, doctest.Example):
        print('EX', repr(piece.source), repr(piece.want), repr(piece.exc_msg),
              piece.lineno, piece.indent, piece.options)
    else:
        print('TXT', repr(piece))

test = parser.get_doctest(text, {'y': 2}, 'demo', 'demo.txt', 10)
print(test, test.name, test.filename, test.lineno, len(test.examples), test.globs)
print(repr(parser.get_doctest('no examples', {}, 'empty', None, None)))
print(repr(parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f.py', 3)))
e1 = doctest.Example('1', '1')
e2 = doctest.Example('1\n', '1\n')
print(e1 == e2, repr(e1.source), repr(e1.want), e1.exc_msg, e1.lineno, e1.indent, e1.options)
print(doctest.Example('x', '', exc_msg='E: m').exc_msg)

for bad in ['>>>1\n', '  >>> x\n ...y\n', '>>> x\n  1\n', '>>> 1 # doctest: +NOPE\n',
            '    >>> x\n   bad\n', '>>> # doctest: +ELLIPSIS\n', '>>> 1 # doctest: ELLIPSIS\n',
            '>>> if 1:\n...pass\n']:
    try:
        parser.parse(bad, 'badname')
    except ValueError as e:
        print('ValueError:', e)

checker = doctest.OutputChecker()
for want, got, flags in [('1\n', 'True\n', 0), ('0\n', 'False\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
                         ('a ...\n', 'a bcd\n', doctest.ELLIPSIS), ('a ...\n', 'a bcd\n', 0),
                         ('<BLANKLINE>\n', '\n', 0), ('<BLANKLINE>\n', '\n', doctest.DONT_ACCEPT_BLANKLINE),
                         ('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE), ('...', '', doctest.ELLIPSIS),
                         ('a...a', 'a', doctest.ELLIPSIS), ('x\n', '   \n', 0), ('', '   \n', 0)]:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))
ex = doctest.Example('f()', 'a\n\nb\n')
print(checker.output_difference(ex, 'a\n   \nc\n', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), '', 0), end='')
print(checker.output_difference(doctest.Example('f()', 'z\n'), '', 0), end='')

print(doctest.OPTIONFLAGS_BY_NAME['ELLIPSIS'], doctest.ELLIPSIS, doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS)
NEW = doctest.register_optionflag('MY_FLAG')
print(NEW, doctest.register_optionflag('MY_FLAG'))


def sample(n):
    """
    >>> sample(2)
    4
    >>> sample(3)
    10
    """
    return n * n


out = io.StringIO()
runner = doctest.DocTestRunner(verbose=False)
finder = doctest.DocTestFinder()
tests = finder.find(sample, 'sample', globs={'sample': sample})
print([(t.name, t.lineno, t.filename.rsplit('/', 1)[-1], len(t.examples)) for t in tests])
for t in tests:
    print(runner.run(t, out=out.write))
print(out.getvalue(), end='')
print(runner.tries, runner.failures)
print(runner.summarize(verbose=False))
r2 = doctest.DocTestRunner(verbose=True)
t = doctest.DocTestParser().get_doctest('>>> 1 + 1\n2\n>>> None\n', {}, 'vv', None, 0)
r2.run(t)
r2.merge(runner)
print(r2.summarize())

t = doctest.DocTestParser().get_doctest('>>> print("1\\n2")\n1\n3\n', {}, 'both', None, 0)
for flags in [doctest.REPORT_UDIFF | doctest.REPORT_NDIFF, doctest.REPORT_CDIFF | doctest.REPORT_NDIFF,
              doctest.REPORT_UDIFF | doctest.REPORT_CDIFF]:
    doctest.DocTestRunner(verbose=False, optionflags=flags).run(t, clear_globs=False)

dbg = doctest.DebugRunner(verbose=False)
t = doctest.DocTestParser().get_doctest('>>> 1 + 1\n3\n', {}, 'dbg', 'd.py', 0)
try:
    dbg.run(t)
except doctest.DocTestFailure as f:
    print('DocTestFailure', f.test.name, repr(f.example.source), repr(f.got), str(f))
t = doctest.DocTestParser().get_doctest('>>> {}["k"]\n', {}, 'dbg2', 'd.py', 0)
try:
    dbg.run(t)
except doctest.UnexpectedException as f:
    print('UnexpectedException', f.test.name, f.exc_info[0].__name__, f.exc_info[1])

print(doctest.TestResults(1, 2), doctest.TestResults._fields)
try:
    doctest.testmod(42)
except TypeError as e:
    print('TypeError', e)
try:
    doctest.DocTestFinder().find(3)
except ValueError as e:
    print('ValueError', e)
