import contextlib, io, sys
from contextlib import contextmanager, suppress, redirect_stdout, redirect_stderr, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")

with swallow():
    raise KeyError("k")
print("after swallow")

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("to buffer")
    help_text = "x"
print("captured:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("err text", file=sys.stderr)
print("err captured:", repr(err.getvalue()))

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print("using", type(r).__name__)
with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")

@tag("deco")
def decorated():
    print("in decorated")
decorated()

@contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
print(isinstance(nullcontext(), contextlib.AbstractContextManager))
