from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__:<10} area={self.area():8.3f} perim={self.perimeter():8.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

class Circle(Shape):
    def __init__(self, r):
        if r <= 0:
            raise ValueError("radius must be positive")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
    def __repr__(self): return f"Circle(r={self.r})"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
    def __repr__(self): return f"Rect({self.w}x{self.h})"

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def __repr__(self): return f"Square({self.w})"

class Triangle(Shape):
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def perimeter(self): return sum(self.sides)

try:
    Shape()
except TypeError as e:
    print(e)
try:
    Triangle(3, 4, 5)
except TypeError as e:
    print(e)
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(1, 4)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes), min(shapes))
print(Square(2) == Rect(1, 4), Square(2) == Circle(1), Square(2) == 4)
print(Square(2) != Rect(2, 2))
print([repr(s) for s in shapes if isinstance(s, Rect)])
print(Square.__mro__)
try:
    Circle(-1)
except ValueError as e:
    print(f"{type(e).__name__}: {e}")
total = sum(s.area() for s in shapes)
print(f"total area: {total:.4f}")
print(round(total, 2), f"{total:e}", f"{total:10.1%}")
