# Values a statement holds in hidden slots (operands hoisted around a `yield`, a `match`
# pattern's captures) and a failed generator's loop iterator die once an exception ends
# the statement, though the exception is caught in the same frame or the generator
# object is kept. .exp from CPython 3.11 (make-exp.py): each report runs gc.collect() first.
import gc
import weakref

freed = []


def gone(name):
    freed.append(name)


def report(where):
    gc.collect()
    print(where, "->", sorted(freed))
    freed.clear()


class Obj:
    pass


def boom(*a):
    raise ValueError("boom")


def hoisted():
    o = Obj()
    weakref.finalize(o, gone, "hoisted operand")
    try:
        x = boom(o, (yield 1))
    except ValueError:
        del o
    report("after hoisted statement")
    yield 2


g = hoisted()
next(g)
try:
    g.send(5)
except StopIteration:
    pass


def hoisted_expr():
    o = Obj()
    weakref.finalize(o, gone, "hoisted expression operand")
    try:
        print(boom(o, (yield 1)) + 1)
    except ValueError:
        del o
    report("after hoisted expression")
    yield 2


g = hoisted_expr()
next(g)
try:
    g.send(5)
except StopIteration:
    pass


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        return self.i


it = It()
weakref.finalize(it, gone, "genexp iterator")
ge = (1 // (x - 2) for x in it)
del it
try:
    list(ge)
except ZeroDivisionError:
    pass
report("after failed genexp (kept)")


def genfn():
    it = It()
    weakref.finalize(it, gone, "generator function iterator")
    for x in it:
        yield x
        raise KeyError


gg = genfn()
next(gg)
try:
    next(gg)
except KeyError:
    pass
report("after failed generator (kept)")
print(gg is not None)


class Eq:
    def __eq__(self, other):
        raise ArithmeticError("no comparison")


class Namespace:
    pass


ns = Namespace()
ns.e = Eq()


def capture_then_raise():
    o = Obj()
    weakref.finalize(o, gone, "captured before a pattern raised")
    try:
        match [o, 1]:
            case [x, ns.e]:
                print("matched?")
    except ArithmeticError as e:
        print("pattern raised:", e)
    del o
    report("after match")


capture_then_raise()
