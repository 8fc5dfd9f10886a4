# The traceback module's summaries and formatting, printed as reprs (one line each).
import io
import sys
import traceback


def tail(path):
    return path.rsplit('/', 1)[-1]


def clean(rows):
    # Keep file names short so the output does not depend on where the program is.
    return [r.replace(sys.argv[0], tail(sys.argv[0])) for r in rows]


def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)


def caught(fn, *args):
    try:
        fn(*args)
    except BaseException as exc:
        return exc


e = caught(recurse, 6)
print(repr(clean(traceback.format_tb(e.__traceback__))))
print(repr(clean(traceback.format_tb(e.__traceback__, limit=2))))
print(repr(clean(traceback.format_tb(e.__traceback__, limit=-2))))
print(repr(clean(traceback.format_tb(e.__traceback__, limit=0))))
sys.tracebacklimit = 3
print(repr(clean(traceback.format_exception(e))))
sys.tracebacklimit = -5
print(repr(clean(traceback.format_exception(e))))
del sys.tracebacklimit
e2 = caught(recurse, 1)
print(repr(clean(traceback.format_exception(e2))))

frames = traceback.extract_tb(e2.__traceback__)
print(type(frames).__name__, len(frames))
fs = frames[-1]
print(tail(fs.filename), fs.lineno, fs.name, repr(fs.line), len(fs), fs[2], list(fs)[1:3])
print(fs == (fs.filename, fs.lineno, fs.name, fs.line), fs == frames[-1], fs == 3)
print(repr(fs).replace(fs.filename, tail(fs.filename)))
made = traceback.FrameSummary('f.py', 12, 'fn', line='  x = 1  ', locals={'a': [1]})
print(made.line, made.locals, made.end_lineno, made.colno, made.end_colno, repr(made))
print(traceback.FrameSummary('nofile.py', None, 'g').line)
listed = traceback.StackSummary.from_list([('a.py', 1, 'f', 'code()'), made])
print(repr(listed.format()), repr(traceback.format_list([('a.py', 1, 'f', 'code()'), ('b.py', 2, 'g', None)])))
print(repr(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x')] * 6 + [('a.py', 2, 'f', 'y')]).format()))
print(repr(traceback.StackSummary.from_list([('a.py', 1, 'f', 'x')] * 4).format()))
buf = io.StringIO()
traceback.print_list([('a.py', 1, 'f', 'code()')], file=buf)
print(repr(buf.getvalue()))


def chained():
    try:
        raise KeyError('missing')
    except KeyError as exc:
        raise ValueError('converted') from exc


def context():
    try:
        raise ZeroDivisionError('z')
    except ZeroDivisionError:
        raise TypeError('while handling')


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('hidden context') from None


for fn in (chained, context, suppressed):
    exc = caught(fn)
    print(repr(clean(traceback.format_exception(exc))))
    print(repr(clean(traceback.format_exception(exc, chain=False))))
    te = traceback.TracebackException.from_exception(exc)
    print(te.exc_type.__name__, str(te), te.__suppress_context__, te.__cause__ is not None,
          te.__context__ is not None, len(te.stack))

print(traceback.format_exception_only(ValueError('plain')))
print(traceback.format_exception_only(ValueError, ValueError('two args')))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError('k')))
print(traceback.format_exception(None))
n = ValueError('with notes')
n.add_note('first note')
n.add_note('second')
print(traceback.format_exception_only(n))
err = SyntaxError('invalid syntax', ('prog.py', 3, 10, '    x = = 1\n'))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(SyntaxError('bare')))
print(traceback.format_exception_only(SyntaxError('no text', ('p.py', 1, None, None))))


class Custom(Exception):
    pass


print(traceback.format_exception_only(Custom('mine')))
out = io.StringIO()
traceback.print_exception(ValueError('to file'), file=out)
print(repr(out.getvalue()))
try:
    raise LookupError('last line')
except LookupError:
    print(repr(clean(traceback.format_exc().splitlines()[-1:])))
try:
    traceback.print_last()
except ValueError as exc:
    print('ValueError:', exc)
a = traceback.TracebackException.from_exception(e2)
b = traceback.TracebackException.from_exception(e2)
print(a == b, a == 1)
print(traceback.format_exception_only(None), traceback.format_exception(None, None, None))
te = traceback.TracebackException(None, None, None)
print(list(te.format()), str(te))


class Quiet(Exception):
    def __str__(self):
        return ''


print(traceback.format_exception_only(Quiet()))
import json
print(traceback.format_exception_only(json.JSONDecodeError('m', 'doc', 0)))
