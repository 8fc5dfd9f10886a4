class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError("subclasses must implement area")
    def __str__(self):
        return f"{self.__class__.__name__}({self.name}, area={self.area():.2f})"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"
    def __eq__(self, other):
        return isinstance(other, Rect) and (self.w, self.h) == (other.w, other.h)
    def __hash__(self):
        return hash((self.w, self.h))

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

shapes = [Circle(1), Rect(2, 3), Square(2)]
for s in sorted(shapes):
    print(s)
print(Rect(1, 2) == Rect(1, 2), Rect(1, 2) != Rect(1, 3), len({Rect(1, 2), Rect(1, 2)}))
print([repr(s) for s in shapes[1:]], isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
print(Square.__name__, Square.__bases__[0].__name__, type(shapes[0]).__name__, Square.__qualname__)
try:
    Shape("x").area()
except NotImplementedError as e:
    print("NotImplementedError:", e)

class Vector:
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, z): return self.x + self.y + z
v = Vector(3, 4)
print(v + v, v - v, v * 2, 2 * v, -v, abs(v), bool(Vector(0, 0)), len(v), v[1], list(v), f"{v:.2f}", 3 in v, v(10))
x, y = v
print(x, y, [*v], "{!r}".format(v), str(v), format(v, "5d"))

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def info(): return "static"
    @property
    def double(self): return self.id * 2
    @double.setter
    def double(self, v): self.id = v // 2
c = Counter.make(); c2 = Counter()
print(c.id, c2.id, Counter.count, Counter.info(), c.double)
c.double = 20
print(c.id)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".push(1)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(c, "id"), getattr(c, "zz", "default"), vars(c))
setattr(c, "new", 1); delattr(c, "new"); print(hasattr(c, "new"))
class Base:
    def greet(self): return "base"
class A(Base):
    def greet(self): return "A>" + super().greet()
class B(Base):
    def greet(self): return "B>" + super().greet()
class C(A, B):
    def greet(self): return "C>" + super().greet()
print(C().greet(), [k.__name__ for k in C.__mro__])
class WithSlots:
    __slots__ = ("a",)
w = WithSlots(); w.a = 1; print(w.a)
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(100)
print(t.f)
try:
    t.f = 3
except AttributeError as e:
    print("AttributeError:", e)
