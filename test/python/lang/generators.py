def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "ret"

g = gen(3)
print(next(g), g.send("hello"), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def deleg():
    r = yield from gen(2)
    print("delegated result", r)
    yield "end"

print(list(deleg()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(10)])
print(sum(x * x for x in range(10)), list(x for x in "abc" if x != "b"))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")

c = closing()
print(next(c))
c.close()

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught in gen", e)
            yield "handled"

k = catcher()
next(k)
print(k.throw(ValueError("x")))

def early():
    yield 1
    return
    yield 2
print(list(early()))
gg = (i for i in range(3))
print(next(gg), list(gg), list(gg))
print(type(gg).__name__)
def raiser():
    yield 1
    raise KeyError("gen error")
try:
    list(raiser())
except KeyError as e:
    print("KeyError", e)
