# contextlib: exception paths of @contextmanager, ExitStack's chaining and suppression,
# pop_all, push, enter_context errors, redirect nesting, AbstractContextManager.
import io
import sys
from contextlib import (contextmanager, suppress, redirect_stdout, ExitStack,
                        AbstractContextManager, ContextDecorator, nullcontext, closing)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e, e.__context__)


@contextmanager
def stubborn():
    try:
        yield
    except ValueError:
        yield


try:
    with stubborn():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)


@contextmanager
def passthrough():
    yield


for exc in (StopIteration("s"), RuntimeError("r"), KeyError("k")):
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print(type(e).__name__, e is exc)


@contextmanager
def converts():
    try:
        yield
    except KeyError as e:
        raise ValueError("converted") from e


try:
    with converts():
        raise KeyError("orig")
except ValueError as e:
    print("ValueError", e, repr(e.__cause__))


@contextmanager
def returns_early():
    try:
        yield 1
    except ZeroDivisionError:
        return


with returns_early() as v:
    print("value", v)
    1 / 0
print("suppressed by return")
cm = passthrough()
print(cm.__doc__ is None or type(cm.__doc__).__name__, passthrough.__name__, passthrough.__wrapped__.__name__)


@contextmanager
def documented():
    """Doc here."""
    yield


print(documented().__doc__)


class Track(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Track()
def work(x, y=2):
    """work doc"""
    print("work", x, y)
    return x + y


print(work(1, y=5), work.__name__, work.__doc__)

with ExitStack() as stack:
    stack.callback(print, "cb1", end="!\n")
    stack.push(lambda *exc: print("push saw", exc[0]))
    stack.push(Track())
    other = stack.pop_all()
    print("popped", type(other).__name__)
other.close()


def raiser(kind):
    def cb(*exc):
        raise kind("from " + kind.__name__)
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError))
        stack.push(raiser(ValueError))
        raise IndexError("body")
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(type(x).__name__)
        x = x.__context__
    print("chain", chain)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.push(raiser(TypeError))
    raise OSError("gone")
print("suppressed after replacement")

try:
    with ExitStack() as stack:
        stack.push(raiser(LookupError))
        stack.push(lambda *exc: True)
        raise OSError("x")
except LookupError as e:
    print("LookupError", e)

print(ExitStack().__exit__(None, None, None), ExitStack().__enter__().__class__.__name__)
try:
    ExitStack().enter_context(object())
except TypeError as e:
    print("TypeError", e)
print(ExitStack().callback(len) is len)

outer, inner = io.StringIO(), io.StringIO()
r = redirect_stdout(outer)
with r:
    print("one")
    with redirect_stdout(inner):
        print("two")
    with r:
        print("three")
print(repr(outer.getvalue()), repr(inner.getvalue()), sys.stdout is sys.__stdout__)

with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)
print(suppress(KeyError).__exit__(None, None, None))


class Managed:
    def __enter__(self): return self
    def __exit__(self, *a): return None


class NotManaged:
    __enter__ = None
    def __exit__(self, *a): pass


print(issubclass(Managed, AbstractContextManager), issubclass(NotManaged, AbstractContextManager),
      isinstance(nullcontext(), AbstractContextManager), sorted(AbstractContextManager.__abstractmethods__))


class Half(AbstractContextManager):
    pass


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class Full(AbstractContextManager):
    def __exit__(self, *a):
        return None


with Full() as f:
    print(type(f).__name__)
