# weakref beyond the contract: ref equality/hashing/__callback__, ReferenceType,
# getweakrefcount/getweakrefs, proxy objects.
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, A) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __repr__(self):
        return "A(%d)" % self.n

    def double(self):
        return self.n * 2


def cb(r):
    print("callback; __callback__ now", r.__callback__)


print(weakref.ReferenceType is weakref.ref)
a1, a2, b = A(1), A(1), A(2)
r1 = weakref.ref(a1, cb)
r2 = weakref.ref(a2)
r3 = weakref.ref(b)
print(r1 == r2, r1 != r2, r1 == r3, r1 == a1)
print(hash(r1) == hash(a1), r1.__callback__ is cb, r2.__callback__)
d = {r1: "one", r3: "two"}
print(d[r2], weakref.ref(b) in d)

h = hash(r3)
a1 = None
gc.collect()
print("dead ref:", r1(), r1 == r2, r1 == r1, r1.__callback__)
b = None
gc.collect()
print("hash kept after death:", hash(r3) == h, d[r3])
r4 = weakref.ref(A(9), lambda r: None)  # never hashed while its target lived
a2 = None
gc.collect()
try:
    hash(r4)
except TypeError as e:
    print("TypeError:", e)

print("-- getweakrefcount / getweakrefs")
c = A(3)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c))
w1 = weakref.ref(c, lambda r: None)
w2 = weakref.ref(c, lambda r: None)
w0 = weakref.ref(c)
p = weakref.proxy(c)
names = {id(w0): "w0", id(w1): "w1", id(w2): "w2", id(p): "p"}
print(weakref.getweakrefcount(c), [names[id(x)] for x in weakref.getweakrefs(c)])
print(weakref.getweakrefcount(5), weakref.getweakrefs(5))

print("-- proxy")
print(type(p).__name__, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.ProxyTypes)
print(type(weakref.proxy(A)) is weakref.CallableProxyType)
print(p.n, p.double(), str(p), p == c, p == A(3), p.__class__)
p.extra = "set through the proxy"
print(c.extra)
del p.extra
print(hasattr(c, "extra"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


class Box(list):
    pass


items = Box([3, 1, 2])
lp = weakref.proxy(items, lambda x: print("proxy callback got", type(x).__name__))
print(len(lp), lp[0], 2 in lp, sorted(lp), lp + [9], bool(lp), list(iter(lp)))
lp[0] = 7
del lp[1]
neg = A(4)
print(items, lp < [8], -weakref.proxy(neg).n)
fp = weakref.proxy(A)
print(fp(5), callable(fp))
c = None
items = None
gc.collect()
for what in (lambda: p.n, lambda: str(p), lambda: lp[0], lambda: len(lp)):
    try:
        what()
    except ReferenceError as e:
        print("ReferenceError:", e)
