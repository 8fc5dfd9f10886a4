def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), adder(1)(1), list(map(adder(100), [1, 2])))
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), len(fib.cache))
def deco_with_args(prefix):
    def deco(fn):
        def wrapped(*a, **kw):
            return prefix + str(fn(*a, **kw))
        wrapped.__name__ = fn.__name__
        return wrapped
    return deco
@deco_with_args(">> ")
def mul(a, b=2, *, c=1):
    return a * b * c
print(mul(3), mul(3, 4), mul(3, c=10), mul.__name__)
x = "global"
def show():
    print(x)
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
show(); print(shadow())
def counter_global():
    global total
    total = total + 1
total = 0
counter_global(); counter_global(); print(total)
def f(a, b=[], *args, key=None, **kw):
    b.append(a)
    return a, b, args, key, kw
print(f(1), f(2), f(3, [0], 4, 5, key="k", extra=1))
def kwonly(*, a, b=2): return a + b
print(kwonly(a=1), kwonly(b=3, a=1))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    mul_ = lambda a, b: a
    mul_(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def g(a, b): return a - b
try:
    g(1, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(1, c=2)
except TypeError as e:
    print("TypeError:", e)
print(g(*[5, 3]), g(**{"a": 5, "b": 1}), g(b=1, a=0))
def posonly(a, /, b): return a, b
print(posonly(1, b=2))
try:
    posonly(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "), (lambda *a, **k: (a, k))(1, x=2))
def outer():
    v = []
    def add(x): v.append(x); return v
    return add
a = outer(); a(1); print(a(2))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(1, 'b'), (1, 'a')], key=lambda t: t[0]))
def rec_closure(n):
    def helper(k):
        return 1 if k <= 1 else k * helper(k - 1)
    return helper(n)
print(rec_closure(20))
print(fib.__name__ if hasattr(fib, "__name__") else "", g.__name__, (lambda: 0).__name__)
def docfn():
    """Docstring here."""
print(docfn.__doc__, docfn() is None)
