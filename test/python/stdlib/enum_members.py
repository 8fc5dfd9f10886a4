import enum
from enum import Enum, IntEnum, StrEnum, auto, unique, EnumMeta, EnumType, ReprEnum
import copy

class C(Enum):
    A = 1
    B = 2
    _ignore_ = "tmp"
    tmp = 5
    x_alias = 1
    def helper(self):
        return self.value * 10
    @staticmethod
    def st():
        return "static"
    @classmethod
    def first(cls):
        return list(cls)[0]
    __private = 7
print(list(C), C.__members__, C.x_alias, C.A.helper(), C.st(), C.first(), hasattr(C, "tmp"))
print(C._member_names_, C._value2member_map_, C.A._name_, C.A._value_)
print(EnumMeta is EnumType, type(C) is EnumType, repr(C), str(C), C.A in C)
try:
    del C.A
except AttributeError as e:
    print("AttributeError", e)
print(copy.copy(C.A) is C.A, copy.deepcopy(C.B) is C.B, C.A.__reduce_ex__(2))
print(format(C.A, ">10"), "{:<6}|".format(C.B), f"{C.A!r}")
print(C.A != C.B, C.A == 1, C["A"], C(2), C(C.A))
class T(Enum):
    P = 1, 2
    Q = (3, 4)
print(T.P, T.P.value, T((3, 4)))
class Gen(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(list(Gen), Gen.X.value)
class Lower(StrEnum):
    Apple = auto()
    BANANA = auto()
print(Lower.Apple, Lower.BANANA.value, Lower.Apple.upper(), isinstance(Lower.Apple, str), f"{Lower.Apple}", repr(Lower.Apple))
try:
    class BadS(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError", e)
class I(IntEnum):
    A = auto()
    B = auto()
    C = 5
    D = auto()
print(list(I), [int(x) for x in I], str(I.A), format(I.B), I.A | 2, I(5), I.A < I.B, hash(I.A) == hash(1))
print(I.__members__, repr(I.D), I.D.real)
try:
    I(9)
except ValueError as e:
    print("ValueError", e)
class Mis(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 42
try:
    Mis(3)
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__, e.__context__)
class Mis2(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError("nope")
try:
    Mis2(3)
except KeyError as e:
    print("KeyError", e, type(e.__context__).__name__)
F = Enum("F", [("X", 10), ("Y", 20)])
G = Enum("G", {"P": "p", "Q": "q"})
H = Enum("H", "a,b , c", start=5)
J = IntEnum("J", ["ONE", "TWO"])
print(list(F), list(G), list(H), list(J), J.TWO + 1, F.__module__, F.X.value)
print(F.__name__, F.__qualname__, repr(F))
print(auto(), auto(3).value)
class Unhash(Enum):
    A = [1]
    B = [2]
print(Unhash([2]), Unhash.A.value)
print(unique(C) is C if False else "", dir(C.A)[:0])
try:
    @unique
    class D2(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError", e)
print(C.A.name, C.A.value, bool(C.A), len(C), list(reversed(C)))
try:
    C.A.name = "z"
except AttributeError as e:
    print("AttributeError")
class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    ONE = 1, "one"
    TWO = 2, "two"
print(WithNew(2), WithNew.ONE.label, WithNew.ONE.value)
class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 2
print(sorted([Ordered.HIGH, Ordered.LOW]))
class Base(Enum):
    def describe(self):
        return self.name.lower()
class Child(Base):
    K = 1
print(Child.K.describe(), Child.K)
print(isinstance(I.A, ReprEnum), issubclass(IntEnum, ReprEnum), I.A.name, type(I.A.value))
class E2(Enum):
    A = 1
    def __str__(self):
        return "custom"
print(str(E2.A), f"{E2.A}", repr(E2.A))
class Big(IntEnum):
    X = 3
print(Big.X * 2, Big.X.bit_length(), -Big.X, Big.X == 3.0, {Big.X: 1}[3])
