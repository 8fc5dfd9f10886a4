from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass, InitVar
from typing import ClassVar

@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print([f.name for f in fields(Point)], asdict(p), astuple(p), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
q = replace(p, y=9)
print(q, p, Point.__init__.__qualname__)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))
print(hash(Version(1, 2)) == hash(Version(1, 2)), {Version(1), Version(1)})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e, isinstance(e, AttributeError))
try:
    del vs[0].minor
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, compare=False)
    total: ClassVar[int] = 0
    def add(self, item):
        self.items.append(item)
        self.count += 1
a = Inventory("a")
b = Inventory("b")
a.add("x")
print(a, b, a.items is not b.items, Inventory.total, [f.name for f in fields(a)])
print(Inventory("z", [1]) == Inventory("z", [1], count=5))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
r = Rect(2, 3.5)
print(r, r.area)

@dataclass
class Base:
    id: int
    name: str = "?"
@dataclass
class Child(Base):
    extra: bool = False
c = Child(7, "kid", True)
print(c, [f.name for f in fields(Child)], asdict(c), isinstance(c, Base))

@dataclass
class Nested:
    pts: list
    origin: Point
n = Nested([Point(1, 1), Point(2, 2)], Point(0, 0))
print(asdict(n))
print(astuple(n))

@dataclass(repr=False, eq=False)
class Plain:
    v: int
pl = Plain(1)
print(pl == Plain(1), hasattr(Plain, "__repr__"), pl.v)

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(5), WithInit(5, 3))

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1), KW(b=5, a=0))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)

@dataclass
class Custom:
    v: int
    def __repr__(self):
        return f"<Custom {self.v}>"
print(Custom(4), Custom(4) == Custom(4))
try:
    replace(Rect(1, 1), area=5)
except ValueError as e:
    print("ValueError", e)
print(fields(Version)[1].name, fields(Version)[1].default, fields(Version)[1].type)
@dataclass(unsafe_hash=True)
class H:
    k: int
print(hash(H(3)) == hash((3,)))
