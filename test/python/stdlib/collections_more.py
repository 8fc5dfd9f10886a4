# collections: namedtuple validation and argument errors, Counter arithmetic and
# comparisons, OrderedDict order operations, defaultdict repr/copy/missing.
from collections import namedtuple, Counter, OrderedDict, defaultdict

for args, kw in ((("P", "x def"), {}), (("P", "x _y"), {}), (("P", "x x"), {}), (("P", "x 1y"), {}),
                 (("class", "x"), {}), (("P", ["x", 3]), {}), (("P", "a b"), {"defaults": (1, 2, 3)})):
    try:
        namedtuple(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
R = namedtuple("R", ["ok", "def", "_z", "ok", "9"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
P = namedtuple("P", "x, y z", defaults=[0, 9])
print(P(1), P(1, 2), P(x=5, z=1), P._field_defaults, P.__doc__, P.x.__doc__, P.__match_args__)
for call in (lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, x=2), lambda: P(1, q=2), lambda: P(q=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
T = namedtuple("T", "a b c")
for call in (lambda: T(), lambda: T(1), lambda: T(1, 2, 3, 4), lambda: T._make([1, 2]), lambda: T(1, 2, 3)._replace(d=4)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = T(1, 2, 3)
print(t._replace(b=20), t._asdict(), t.__getnewargs__(), T._make(range(3)), t == (1, 2, 3), isinstance(t, tuple), T.__module__, namedtuple("M", "a", module="mod").__module__)
a, b, c = t
print(a + b + c, t[1:], t.b, hash(t) == hash((1, 2, 3)), repr(namedtuple("E", "")()))

c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(0), c.most_common(-1), c["zzz"], "zzz" in c, c.total())
c.update({"a": 10}); c.update(["z"]); c.update(q=2); c.subtract("aaa"); c.subtract({"b": 5}); c.subtract(q=7)
print(c)
del c["nothing"]; del c["q"]
print(c, sorted(c.elements()))
x, y = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4, e=-1)
print(x + y, x - y, y - x, x | y, x & y, +x, -x, -y)
print(x == Counter(a=3, b=1, c=-2), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=3) >= Counter(a=1, b=0), Counter(a=2) > Counter(a=1))
print(x == {"a": 3, "b": 1, "c": -2}, x.__add__(5), x.__le__({}), Counter(a=1) != Counter(a=2))
z = Counter(a=1, b=2); z += Counter(a=1, c=-5); print(z)
z -= Counter(a=5); print(z)
z |= Counter(b=7, k=1, m=-1); print(z)
z &= Counter(b=3); print(z)
try:
    z += [1]
except AttributeError as e:
    print("AttributeError", e)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
print(Counter({"x": 1.5, "y": 0.5}), Counter({"a": "s", "b": 1}) if False else None, Counter().most_common(), repr(Counter()), Counter(a=1).copy(), type(Counter(a=1).copy()).__name__)


class MyCounter(Counter):
    pass


print(MyCounter("aab"), type(MyCounter("a") + MyCounter("b")).__name__, MyCounter())

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False)
print(od, od.popitem(), od.popitem(last=False), list(reversed(od)), od.copy(), type(od.copy()).__name__)
print(od == OrderedDict.fromkeys("ace"), od == OrderedDict.fromkeys("cae"), od == {"c": None, "a": None, "e": None}, od != OrderedDict.fromkeys("ace"), OrderedDict())
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(OrderedDict.__hash__)

dd = defaultdict(list, {"k": [1]}, extra=[2])
dd["new"].append(3)
print(dd, dd.default_factory, dd.copy(), type(dd.copy()).__name__, defaultdict(), defaultdict(None, a=1))
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError", e)
print(defaultdict(lambda: "v")["q"], dict(defaultdict(int, x=1)), isinstance(dd, dict))
