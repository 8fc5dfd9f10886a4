class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
class Q:
    def __init__(self, x): self.x = x
try:
    {P(1)}
except TypeError as e:
    print(e)
print(P.__hash__, Q(1) == Q(1), Q(1) != Q(1), P(1) != P(1), P(1) != P(2))
try:
    Q(1) < Q(2)
except TypeError as e:
    print(e)
try:
    sorted([Q(2), Q(1)])
except TypeError as e:
    print(e)
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
print([10, 20, 30][Idx(1)], "abc"[Idx(2)], range(10)[Idx(3)], bin(Idx(5)), hex(Idx(255)), list(range(Idx(3))))
print([1, 2, 3, 4][Idx(1):Idx(3)], "x" * Idx(3), operator_index := Idx(7).__index__())
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, n=None): return round(self.v, n)
    def __bool__(self): return self.v != 0
    def __repr__(self): return f"Num({self.v})"
    def __str__(self): return f"#{self.v}"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 1), bool(Num(0)), [n], (n,), {n: n}, str([n]), f"{n}", f"{n!r}")
print("%s %r" % (n, n), str(n), repr(n), print.__name__, "%d" % 3.9, "%i" % True)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"C{self.v}"
cs = [Cmp(3), Cmp(1), Cmp(2)]
print(sorted(cs), max(cs), min(cs), Cmp(1) > Cmp(0), Cmp(1) >= Cmp(2))
class Len:
    def __len__(self): return 0
print(bool(Len()), not Len(), len(Len()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Ctx("a") as a, Ctx("b") as b:
    print("body", a.name, b.name)
with Ctx("c"):
    raise KeyError("swallowed")
try:
    with Ctx("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)
class Callable:
    def __init__(self): self.calls = []
    def __call__(self, *a, **k):
        self.calls.append((a, k)); return len(self.calls)
cb = Callable()
print(cb(1), cb(2, k=3), cb.calls, callable(cb), callable(Callable), callable(3))
class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1])
    def __iter__(self): return iter(self.d)
print(list(reversed(Rev([1, 2, 3]))), list(Rev("ab")))
print(Q.__hash__ is object.__hash__, hash(Q(1)) == hash(Q(1)) or True)
