# Every compound statement with a `yield` inside it (the generator's suspending form)
# beside the same statement in a plain function: one statement compiler, one meaning.
import traceback

def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)

def drain(gen):
    out = []
    try:
        while True:
            out.append(gen.send(None))
    except StopIteration as e:
        out.append(("return", e.value))
    return out

# except E as e: the name is unbound after the handler (it was left bound in generators).
def plain_except():
    try:
        raise ValueError("p")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as n:
        return "unbound: " + str(n)

def gen_except():
    try:
        raise ValueError("g")
    except ValueError as e:
        yield "in handler " + str(e)
    try:
        yield e
    except (NameError, UnboundLocalError) as n:
        yield "unbound: " + str(n)

show("plain except", plain_except)
show("gen except", lambda: drain(gen_except()))

# The handler's exception is restored after a nested handler, in both forms.
import sys
def gen_nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError as e:
            yield repr(sys.exc_info()[1])
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

show("gen nested handlers", lambda: drain(gen_nested_handlers()))

# match: the line of the case being tried is current (tracebacks), in generators too.
class Point:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
    @property
    def y(self):
        raise RuntimeError("no y")

def plain_match(p):
    match p:
        case Point(x=0):
            return "origin"
        case Point(y=1):
            return "y1"

def gen_match(p):
    match p:
        case Point(x=0):
            yield "origin"
        case Point(y=1):
            yield "y1"

for label, fn in [("plain match", lambda: plain_match(Point(1))), ("gen match", lambda: drain(gen_match(Point(1))))]:
    try:
        fn()
    except RuntimeError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(label, "raised at line", tb[-2].lineno, tb[-2].name, tb[-2].line)

# try/finally: return in finally overrides, break/continue through finally.
def plain_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

def gen_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append((yield i))
        finally:
            out.append("f%d" % i)
    yield out

show("plain finally", plain_finally)
show("gen finally", lambda: drain(gen_finally()))

def gen_return_in_finally():
    try:
        yield 1
        return "body"
    finally:
        return "finally"

show("gen return in finally", lambda: drain(gen_return_in_finally()))

# while/else and for/else with a yield in the test and the body.
def gen_loops():
    n = 0
    while (yield "test %d" % n) is None and n < 2:
        n += 1
    else:
        yield "while-else"
    for x in (yield "iterable"), :
        yield x
    else:
        yield "for-else"

show("gen loops", lambda: drain(gen_loops()))

# with: __exit__ sees the exception raised after a resumption, and can suppress it.
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.suppress

def gen_with():
    with CM(True), CM(False):
        yield "inside"
        raise ValueError("in with")
    yield "after"

show("gen with", lambda: drain(gen_with()))

# yield from a class-based iterator: its StopIteration value is the result.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

def gen_yield_from():
    result = yield from Countdown(2)
    yield result

show("gen yield from", lambda: drain(gen_yield_from()))

# The first iterable of a comprehension is evaluated in the generator.
def gen_comprehension_iterable():
    squares = [x * x for x in (yield "give me numbers")]
    yield squares

g = gen_comprehension_iterable()
print(next(g), g.send([1, 2, 3]))

# x += yield: x is read before the generator suspends.
counter = 10
def gen_augassign():
    global counter
    counter += yield "suspended"
    yield counter

g = gen_augassign()
next(g)
counter = 1000
print("augassign", g.send(5))

# Generators and statements in class bodies and at module level stay plain.
class K:
    try:
        raise ValueError
    except ValueError as exc:
        caught = True
print(hasattr(K, "exc"), K.caught)
