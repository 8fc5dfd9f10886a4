class MyList(list):
    def push(self, v):
        self.append(v)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
s = MyList([1, 2])
s.push(3)
print(s, len(s), s[0], type(s).__name__, isinstance(s, list), s + [4], sum(s))
class Stack(list):
    def __init__(self, n):
        super().__init__([0] * n)
        self.n = n
st = Stack(3)
print(st, st.n, len(st))
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d["a"], d["zz"], d, len(d), isinstance(d, dict))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "abca":
    c.add(ch)
print(c, sorted(c.items()))
class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(21)
print(m, m.double(), m + 1, type(m + 1).__name__, m == 21, hash(m) == hash(21), {21: "x"}[m], repr(m), isinstance(m, int))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ms = MyStr("hi")
print(ms, ms.shout(), ms + "x", len(ms), ms == "hi", {"hi": 1}[ms], repr(ms), type(ms).__name__, ms.startswith("h"))
class MyFloat(float):
    pass
mf = MyFloat(2.5)
print(mf, mf * 2, repr(mf), type(mf).__name__)
class MyTuple(tuple):
    def first(self):
        return self[0]
mt = MyTuple((1, 2))
print(mt, mt.first(), len(mt), mt + (3,))
class MySet(set):
    pass
print(sorted(MySet([3, 1])), len(MySet([1, 2, 2])))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __format__(self, spec):
        return f"<{self.x:{spec}},{self.y:{spec}}>"
vs = [Vec(2, 1), Vec(1, 5), Vec(1, 2)]
print(sorted(vs), min(vs), max(vs), {Vec(1, 2): "found"}[Vec(1, 2)], Vec(1, 2) in {Vec(1, 2)}, Vec(1, 2) in vs, vs.index(Vec(1, 5)), vs.count(Vec(2, 1)))
print(f"{Vec(1, 2):03d}", format(Vec(3, 4), ".1f"), "{:x}".format(Vec(10, 11)), sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(str(Vec(1, 2)), [Vec(0, 0)], {"k": Vec(1, 1)}, (Vec(2, 2),))
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(4)), 9 in Seq(4), list(reversed(Seq(3))), len(Seq(7)), sorted(Seq(3), reverse=True))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), sum(It()), max(It()), dict(zip(It(), "abc")), set(It()) == {1, 2, 3})
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v)
print([10, 20, 30][Num(1)], "abc"[Num(2)], hex(Num(255)), int(Num(7)), float(Num(3)), range(Num(3)), "%d" % Num(5), bin(Num(2)))
class Cmp:
    def __init__(self, k):
        self.k = k
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return "C%d" % self.k
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(9)]), min(Cmp(4), Cmp(2)))
class WithLen:
    def __len__(self):
        return 0
print(bool(WithLen()), not WithLen())
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
