from enum import Enum, IntEnum, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1), Color.BLUE.describe())
print(Color, type(Color).__name__, isinstance(Color.RED, Color), Color.RED in Color)
print(list(Color.__members__), f"{Color.RED}", hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, Num(2), sorted([Num.TWO, Num.ONE]), f"{Num.ONE:03d}", isinstance(Num.ONE, int))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print("ValueError", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.Y), S.X == "x", S("why"))
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99), list(reversed(Color)), Color.RED.__class__ is Color)
d = {Color.RED: "r"}
print(d[Color.CRIMSON], Color.GREEN > Color.RED if False else "", bool(Color))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print("TypeError", e)
