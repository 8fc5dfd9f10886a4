import math

class Vector:
    def __init__(self, *components):
        self.c = tuple(components)
    def __repr__(self):
        return f"Vector{self.c}"
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]
    def __add__(self, other):
        if not isinstance(other, Vector): return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return Vector(*(a - b for a, b in zip(self, other)))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(*(a / k for a in self))
    def __neg__(self): return self * -1
    def __pos__(self): return self
    def __abs__(self): return math.sqrt(sum(a * a for a in self))
    def __bool__(self): return any(self.c)
    def __eq__(self, other): return isinstance(other, Vector) and self.c == other.c
    def __hash__(self): return hash(self.c)
    def __matmul__(self, other): return self * other
    def __iadd__(self, other):
        self.c = (self + other).c
        return self
    def __format__(self, spec):
        return "<" + ", ".join(format(x, spec) for x in self.c) + ">"

v = Vector(1, 2, 3); w = Vector(4, 5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w)
print(-v, +v, abs(Vector(3, 4)), v / 2)
print(bool(Vector(0, 0)), bool(v), len(v), v[1], v[::-1], v[1:])
print(v == Vector(1, 2, 3), v != w, {v, Vector(1, 2, 3), w})
print(f"{v:.2f}", f"{w:>4}", format(v, "08.3f"))
u = v
u += w
print(u, v, u is v)
try:
    v + 5
except TypeError as e:
    print(e)
try:
    5 - v
except TypeError as e:
    print(e)
print(sum([v, w], Vector(0, 0, 0)))
print(sorted([Vector(3, 1), Vector(1, 2), Vector(2, 2)], key=abs))
print(max([v, w], key=lambda x: x[0]))
x, y, z = v
print(x, y, z, list(v), tuple(w), dict(zip("xyz", w)))
