import traceback, sys, io

def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)

def outer():
    try:
        inner(5)
    except ValueError as e:
        raise KeyError("k") from e

try:
    outer()
except KeyError:
    s = traceback.format_exc()
    print(s)
    traceback.print_exc(file=sys.stdout)
    e = sys.exc_info()[1]
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(e, chain=False))
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, repr(fs.line), len(fs), fs[1])
    print(traceback.format_tb(e.__traceback__))
try:
    raise KeyError("x")
except Exception as e:
    print(traceback.format_exception(type(e), e, e.__traceback__))
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
print(traceback.format_exception_only(ValueError("plain")))
def r(n):
    if n < 50:
        r(n + 1)
    else:
        raise RuntimeError("deep")
try:
    r(0)
except RuntimeError:
    lines = traceback.format_exc().splitlines()
    print(lines[:5], lines[-3:])
