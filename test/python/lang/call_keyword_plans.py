# Keyword calls bound through the call-site plans (compiler/callbind.ts): defaults, *args, **kwargs,
# keyword-only and positional-only parameters, cells, generators, and every binding error.
def add(a, b=1, *rest, **kw):
    return (a, b, rest, kw)
print(add(1), add(1, 2), add(1, 2, 3, k=4), add(1, b=5, z=6), add(a=1))
def g(*a, k, j=3, **kw): return (a, k, j, kw)
print(g(1, 2, k=3), g(k=1, j=2, a=5), g(k=0))
def h(x, /, y, *, z=9): return (x, y, z)
print(h(1, y=2), h(1, 2, z=3))
def k(x, /, **kw): return (x, kw)
print(k(1, x=2))
for call in ["add()", "add(1, a=2)", "g(1)", "h(x=1, y=2)", "h(1)", "k()", "g(1, k=1, q=2, j=3)", "h(1, 2, w=3)", "h(1, 2, 3)"]:
    try:
        print(eval(call))
    except TypeError as e:
        print("TypeError", e)
class C:
    def m(self, a, b=2, *, c=3): return (a, b, c)
o = C()
print(o.m(1, c=5), C.m(o, 1, b=4))
def cl(a, b=1):
    def inner(): return a + b
    return inner()
print(cl(1), cl(2, b=5), cl(b=3, a=4))
def gen(a, b=2, **kw):
    yield a; yield b; yield kw
print(list(gen(1, x=1)))
print(sorted([3,1,2], key=lambda x: -x), dict(a=1))
