def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()

print(outer())

funcs = [lambda i=i: i * 2 for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])

g = 10
def use_global():
    global g
    g += 5
    return g

print(use_global(), g)

def unbound():
    print(y)
    y = 1

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)

def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1

free_unbound()

def make_adders():
    return [(lambda x, n=n: x + n) for n in range(3)]

print([a(10) for a in make_adders()])

x = 0
def walrus():
    data = [1, 2, 3, 4]
    if (n := len(data)) > 3:
        return n
print(walrus())
print([y := 5, y ** 2])
total = [t for t in range(5) if (last := t) > 2]
print(total, last)
