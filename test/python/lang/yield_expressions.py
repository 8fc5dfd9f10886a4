# yield inside expressions, conditions and statements of generator functions.
def echo():
    log = []
    x = yield
    while x is not None:
        log.append(x)
        x = yield len(log)
    return log


def args():
    r = max((yield "a"), (yield "b"), 0)
    print("max", r)
    print("printed", (yield "c"))
    items = [(yield "d"), 1 + (yield "e"), {"k": (yield "f")}]
    print("items", items)
    t = (yield "g"), (yield "h")
    print("tuple", t)
    yield "done"


def conds():
    if (yield "if?"):
        print("if taken")
    else:
        print("if not taken")
    n = 0
    while (yield ("while?", n)):
        n += 1
    for v in (yield "iterable?"):
        print("for", v)
    z = (yield "and1") and (yield "and2")
    print("and", z)
    w = "yes" if (yield "cond?") else "no"
    print("ifexp", w)
    print("cmp", 0 < (yield "mid?") < 10)


class Box:
    def __init__(self):
        self.v = 10
        self.d = {"a": 1}

    def gen(self):
        self.v += (yield "add?")
        self.d["a"] *= (yield "mul?")
        self.v = self.v + (yield self.v)
        assert (yield "assert?"), "assertion message"
        return self.v


def drive(g, sends):
    out = [next(g)]
    for s in sends:
        try:
            out.append(g.send(s))
        except StopIteration as e:
            out.append(("stop", e.value))
            break
    return out


g = echo()
print(drive(g, [5, 6, 7, None]))
print(drive(args(), [3, 9, "P", 1, 2, 3, "x", "y"]))
print(drive(conds(), [1, True, True, False, [1, 2], 1, 0, "", 5]))
b = Box()
print(drive(b.gen(), [5, 3, 100, 1]))
print(b.v, b.d)
try:
    print(drive(Box().gen(), [1, 1, 1, 0]))
except AssertionError as e:
    print("AssertionError", e)


def lam_gen():
    f = lambda: (yield 1)
    return list(f())


print(lam_gen())


def yield_in_call_kw():
    return dict(a=(yield 1), b=(yield 2))


print(drive(yield_in_call_kw(), ["A", "B"]))


def fstr():
    yield f"value={(yield 'q')}!"


print(drive(fstr(), [42]))


def raise_yield():
    raise (yield "exc?")


print(drive(raise_yield(), [ValueError("boom")]) if False else "skip")
try:
    g = raise_yield()
    next(g)
    g.send(KeyError("k"))
except KeyError as e:
    print("raised", repr(e))
