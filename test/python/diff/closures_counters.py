def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c = make_counter(); d = make_counter(100, 10)
print(c(), c(), d(), c(), d())
c.reset(); print(c())
funcs = [lambda: i for i in range(3)]
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs], [f() for f in funcs2])
def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
total = 0
def add_to_total(x):
    global total
    total += x
    return total
for i in range(5): add_to_total(i)
print(total)
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator(); acc(1); print(acc(2))
def memo(f):
    cache = {}
    def g(n):
        if n not in cache: cache[n] = f(n)
        return cache[n]
    g.cache = cache
    return g
@memo
def stairs(n): return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)
print(stairs(60), len(stairs.cache))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())
def compose(*fs):
    def h(x):
        for f in reversed(fs): x = f(x)
        return x
    return h
inc = lambda x: x + 1; dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f):
    def c(*args):
        if len(args) >= 3:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1, 2, 3))
x = 10
def shadow():
    x = 20
    def show(): return x
    return show()
print(shadow(), x)
try:
    def broken():
        print(y_local)
        y_local = 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
gen_fns = {name: (lambda n: lambda s: f"{n}:{s}")(name) for name in ["a", "b"]}
print(gen_fns["a"]("x"), gen_fns["b"]("y"))
