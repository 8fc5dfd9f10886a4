# Class patterns: __match_args__, keyword sub-patterns, builtins matching themselves, errors.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point3(0, 0, z):
            return f"z-axis {z}"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x, y=yy) if x == yy:
            return f"diagonal {x}"
        case Point():
            return f"somewhere {p}"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 7), Point3(1, 1, 1), "pt"]:
    print(p, "->", where(p))

# Builtins with one positional sub-pattern match the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int():
            return "int"
        case float(x):
            return f"float {x}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case dict({"k": v}):
            return f"dict k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return "other"
for v in [True, 0, -4, 9, 1.5, "", b"", "abc", [7, 8], (1, 2), (1, 2, 3), {"k": 1}, {1}, frozenset(), None]:
    print(repr(v), "->", kind(v))

class MyInt(int):
    pass
match MyInt(5):
    case MyInt(x):
        print("subclass of int matches itself:", x, type(x).__name__)

# Attributes that are missing make the pattern fail (AttributeError is swallowed).
class Sparse:
    __match_args__ = ("a", "b")
    def __init__(self, **kw):
        self.__dict__.update(kw)
for obj in [Sparse(a=1, b=2), Sparse(a=1), Sparse()]:
    match obj:
        case Sparse(a, b):
            print("both", a, b)
        case Sparse(a):
            print("only a", a)
        case _:
            print("neither")

# Properties and __getattr__ are used for attribute sub-patterns.
class Lazy:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("computing value")
        return [1, 2]
    def __getattr__(self, name):
        if name == "dynamic":
            return "dyn"
        raise AttributeError(name)
match Lazy():
    case Lazy([a, b], dynamic=d):
        print("lazy", a, b, d)
match Lazy():
    case Lazy(missing=m):
        print("unexpected")
    case Lazy():
        print("missing attribute means no match")

# Dotted class names.
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict():
        print("dotted class pattern")

# Keyword patterns on any object, e.g. dataclass-like attributes.
class Event:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
def handle(e):
    match e:
        case Event(kind="click", payload={"x": x, "y": y}):
            return f"click at {x},{y}"
        case Event(kind="key", payload=str(k)) if len(k) == 1:
            return f"key {k}"
        case Event(kind=other):
            return f"unhandled {other}"
for e in [Event("click", {"x": 1, "y": 2}), Event("key", "a"), Event("key", "ab"), Event("scroll", None)]:
    print(handle(e))

# __instancecheck__ on a metaclass is honoured.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 100
class Big(metaclass=Meta):
    pass
for v in [5, 500]:
    match v:
        case Big():
            print(v, "is Big")
        case _:
            print(v, "is not Big")

# Errors raised while matching.
class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["x"]
class IntArgs:
    __match_args__ = (1,)
class TwoArgs:
    __match_args__ = ("x", "y")
    x = 1
    y = 2
not_a_class = len
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m2():
    match ListArgs():
        case ListArgs(1):
            return "matched"
def m3():
    match IntArgs():
        case IntArgs(1):
            return "matched"
def m4():
    match 5:
        case int(1, 2):
            return "matched"
def m5():
    match 5:
        case not_a_class():
            return "matched"
def m6():
    match TwoArgs():
        case TwoArgs(1, x=1):
            return "matched"
def m7():
    match TwoArgs():
        case TwoArgs(1, 2, 3):
            return "matched"
def m8():
    match "not NoArgs":
        case NoArgs(1):
            return "matched"
        case _:
            return "isinstance is checked first"
def m9():
    match {"a": 1}:
        case {Keys.A: 1, Keys.B: 2}:
            return "matched"
def m10():
    match NoArgs():
        case NoArgs(1, 2):
            return "matched"
class Keys:
    A = "a"
    B = "a"
for i, fn in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10], 1):
    attempt(f"m{i}", fn)

# An uncaught error in a pattern has a traceback.
def boom():
    match NoArgs():
        case NoArgs(x):
            pass
boom()
