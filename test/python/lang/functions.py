def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=8, d=9))

def g(x, y):
    return x - y

print(g(y=1, x=10))
for call in (lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, z=2), lambda: g(1, x=2), lambda: g(),
             lambda: f(1), lambda: f(c=1), lambda: (lambda a, b, c: 0)(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def defaults(a, b=[]):
    b.append(a)
    return b

print(defaults(1), defaults(2))

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, c=3))
try:
    posonly(1, b=2, c=3)
except TypeError as e:
    print(e)

def star(*args, **kwargs):
    return args, kwargs

print(star(*[1, 2], *(3,), **{"x": 1}, y=2))
print((lambda *a: sum(a))(1, 2, 3))

def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)

print(rec(20), rec(30))

def doc():
    "docstring"
    return doc.__doc__

print(doc(), doc.__name__)

class K:
    def m(self, x):
        return x

try:
    K().m()
except TypeError as e:
    print(e)
try:
    K().m(1, 2)
except TypeError as e:
    print(e)
