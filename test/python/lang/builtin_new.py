class Q(tuple):
    def __new__(cls, a):
        return tuple.__new__(cls, (a,))
q = Q(5)
print(q, type(q).__name__, isinstance(q, tuple), len(q), q[0])
class I(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
i = I(21)
print(i, type(i).__name__, i + 1)
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
s = S("abc")
print(s, type(s).__name__, s.lower())
class F(float):
    def __new__(cls, v):
        return float.__new__(cls, v)
print(F(1.5), type(F(2)).__name__)
class L(list):
    def __new__(cls, *a):
        return list.__new__(cls)
l = L([1, 2])
print(l, type(l).__name__)
class D(dict):
    def __new__(cls, *a, **k):
        o = dict.__new__(cls)
        return o
d = D(a=1)
print(d, type(d).__name__)
class O:
    def __new__(cls, *a):
        o = object.__new__(cls)
        o.made = True
        return o
    def __init__(self, x):
        self.x = x
o = O(3)
print(o.made, o.x)
x = bool.__new__(bool, 1)
print(x, x and "truthy-path", not x, bool.__new__(bool), bool.__new__(bool, []))
print(int.__new__(int, "7"), str.__new__(str, 5), tuple.__new__(tuple, [1, 2]), float.__new__(float, "2.5"))
try:
    tuple.__new__(int, (1,))
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class P(tuple):
    def __new__(cls, x, y):
        self = super().__new__(cls, (x, y))
        return self
    @property
    def x(self): return self[0]
p = P(1, 2)
print(p, p.x, type(p).__name__)
class E(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = len(args)
        return self
e = E("a", "b")
print(repr(e), e.args, e.extra, isinstance(e, Exception))
try:
    raise E("boom")
except E as caught:
    print("caught", caught, caught.extra)
class St(set):
    def __new__(cls, *a):
        return set.__new__(cls)
s = St([3, 1, 2])
print(sorted(s), type(s).__name__)
class FS(frozenset):
    def __new__(cls, items):
        return frozenset.__new__(cls, [i * 10 for i in items])
print(sorted(FS([1, 2])), type(FS([1])).__name__)
class Pt(tuple):
    __slots__ = ()
    def __new__(cls, x=0, y=0):
        return tuple.__new__(cls, (x, y))
    def __repr__(self):
        return f"Pt{tuple.__repr__(self)}"
print(Pt(3), Pt(1, 2) + (5,), Pt(1, 2) == (1, 2), hash(Pt(1, 2)) == hash((1, 2)))
