def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())), sum(take(100, fib())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)
def sub():
    r = yield 1
    return r * 2
def delegator():
    v = yield from sub()
    yield v
d = delegator()
print(next(d), d.send(21))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()))
def counter():
    i = 0
    while i < 3:
        yield i
        i += 1
c = counter()
print(next(c), next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration:
    print("StopIteration")
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(zip(*[iter(range(6))] * 2)))
squares = map(lambda x: x * x, range(5))
print(type(squares).__name__, list(squares), list(squares))
def pipeline(data):
    evens = (x for x in data if x % 2 == 0)
    doubled = (x * 2 for x in evens)
    return list(doubled)
print(pipeline(range(10)))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)), sorted(Countdown(3)), 3 in Countdown(5))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * 10
print(list(Range2(4)), [x for x in Range2(2)], dict.fromkeys(Range2(2)))
gg = fib()
print(type(gg).__name__, hasattr(gg, "send"))
print(list(enumerate(x for x in "ab")), list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]), list(filter(lambda s: s.isupper(), "aBcD")))
def gen_with_return():
    yield 1
    return 5
print(list(gen_with_return()))
lazy = (print("evaluated", i) or i for i in range(2))
print("before")
print(list(lazy))
