# Structural pattern matching: every pattern kind, guards, nesting.

def literal(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "world":
            return "concatenated"
        case "s":
            return "str s"
        case b"b":
            return "bytes b"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"

for v in [0, 1, 3, -1, 2.5, "helloworld", "s", b"b", None, True, False, 0.0, 1.0, "x", [], 4]:
    print(repr(v), "->", literal(v))

# True/False/None match by identity: 1 is not True, 0.0 == 0 matches 0 before False.
def singleton(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "== 1"
        case _:
            return "other"
print(singleton(1), singleton(True), singleton(1.0))

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), list(range(6)), range(4), range(1), "ab", b"ab", {1: 2}, {1, 2}, 5]:
    print(repr(v), "->", seq(v))

def stars(v):
    match v:
        case [*_]:
            return "any sequence"
print(stars([]), stars((1, 2)), stars("x"))

def star_positions(v):
    match v:
        case [*init, 0]:
            return f"ends in zero after {init}"
        case [0, *tail]:
            return f"starts with zero then {tail}"
        case [a, *_, b]:
            return f"bounded by {a} and {b}"
        case _:
            return "short"
for v in [[0], [1, 2, 0], [0, 1, 2], [5, 6, 7, 8], [9], [1, 2]]:
    print(v, "->", star_positions(v))

# Tuple subjects from `match a, b:` and open sequence patterns.
def pair(a, b):
    match a, b:
        case 0, 0:
            return "origin"
        case 0, y:
            return f"y={y}"
        case x, 0:
            return f"x={x}"
        case x, y if x == y:
            return "diagonal"
        case _, _:
            return "elsewhere"
for a, b in [(0, 0), (0, 3), (4, 0), (2, 2), (1, 2)]:
    print(a, b, "->", pair(a, b))

def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": None},
          {"type": "circle", "r": 1}, {"type": "square"}, {"other": 1}, {}, [("type", "point")], "type"]:
    print(v, "->", mapping(v))

# Mapping keys are looked up with .get: no __missing__, no KeyError.
from collections import defaultdict, OrderedDict
dd = defaultdict(list)
match dd:
    case {"k": v}:
        print("found", v)
    case _:
        print("no k; defaultdict untouched:", dict(dd))

class LoudDict(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)
match LoudDict(a=1, b=2):
    case {"a": 1, "b": bb, **others}:
        print("LoudDict matched", bb, others, type(others).__name__)

match OrderedDict(x=1):
    case {"x": x}:
        print("OrderedDict", x)

# Mapping with value-pattern keys, and None/True/number keys.
class K:
    A = "a"
    B = 2
match {"a": "first", 2: "second", None: "none", True: "yes", -1: "neg"}:
    case {K.A: a, K.B: b, None: n, True: t, -1: m}:
        print(a, b, n, t, m)

# As-patterns and or-patterns.
def as_or(v):
    match v:
        case [1 | 2 as x, (3 | 4) as y]:
            return f"x={x} y={y}"
        case (["a", *_] | ("b", *_)) as whole:
            return f"whole={whole}"
        case {"k": [_, _] as inner} as outer:
            return f"inner={inner} outer={outer}"
        case int() | float() as number:
            return f"number {number}"
        case _:
            return "nope"
for v in [[1, 3], [2, 4], [1, 5], ["a", 1], ("b",), ["c"], {"k": [1, 2]}, {"k": [1]}, 7, 7.5]:
    print(v, "->", as_or(v))

# Value patterns: dotted names compare with ==.
class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"
import math
def color(v):
    match v:
        case Color.RED:
            return "RED"
        case Color.GREEN | Color.Nested.BLUE:
            return "GREEN or BLUE"
        case math.pi:
            return "pi"
        case _:
            return "?"
print(color("red"), color("green"), color("blue"), color(math.pi), color("x"))

# Guards see the bindings; a failed guard falls through (bindings stay).
def guarded(v):
    match v:
        case [x, y] if x > y:
            return "descending"
        case [x, y] if x < y:
            return "ascending"
        case [x, y]:
            return f"equal {x}"
        case x if x:
            return f"truthy {x!r}"
    return "fell off"
print(guarded([2, 1]), guarded([1, 2]), guarded([3, 3]), guarded(5), guarded(0))

def guard_binding():
    match [1, 2]:
        case [a, b] if b > 5:
            pass
        case _:
            pass
    return a, b
print(guard_binding())

# Nested patterns.
def nested(v):
    match v:
        case {"items": [{"id": int(i), "tags": [*tags]}, *more]} if tags:
            return f"id {i} tags {tags} more {len(more)}"
        case {"items": [{"id": i}, *_]}:
            return f"id {i} no tags"
        case [[[x]]]:
            return f"deep {x}"
        case _:
            return "nested other"
print(nested({"items": [{"id": 1, "tags": ["a", "b"]}, {}, {}]}))
print(nested({"items": [{"id": 2, "tags": []}]}))
print(nested({"items": [{"id": "3"}]}))
print(nested([[[9]]]))
print(nested([[[9, 9]]]))

# No case matches: nothing runs, nothing bound.
match 42:
    case 0:
        print("no")
print("after unmatched match")

# Subject evaluated once.
calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [0, _]: pass
    case [1, 3]: pass
    case [1, x]: print("x =", x)
print("subject evaluated", len(calls), "time")

# Tuples in sequence patterns can match lists and vice versa.
match (1, [2, 3]):
    case [a, (b, c)]:
        print(a, b, c)

# Sequence pattern against a deque and a tuple subclass.
from collections import deque, namedtuple
match deque([1, 2, 3]):
    case [1, *rest]:
        print("deque rest", rest)
P = namedtuple("P", "x y")
match P(1, 2):
    case (x, y):
        print("namedtuple as sequence", x, y)
match P(3, 4):
    case P(x=x, y=4):
        print("namedtuple keyword", x)
