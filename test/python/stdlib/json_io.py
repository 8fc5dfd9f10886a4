import json
import io
from collections import OrderedDict, namedtuple

print(json.dumps({"a": [1, 2.5, None, True]}))
print(json.dumps([1, 2, 3], separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": [], "y": {}}}, sort_keys=True, indent=2))
print(json.dumps([1, [2, {"x": "y"}]], indent=4))
print(json.dumps({"k": [1, 2]}, indent="\t"))
print(json.dumps("héllo ☃ 😀 \"q\" \\ \n\t\x01"))
print(json.dumps("héllo ☃ 😀", ensure_ascii=False))
print(json.dumps([0.1, 1e100, 1e-7, 3.0, -0.0, 1.5e16, 12345678901234567890, -5]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", False: "e"}))
print(json.dumps((1, 2)), json.dumps(OrderedDict([("z", 1), ("a", 2)])))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), json.dumps([]), json.dumps({}), json.dumps(""))
print(json.dumps({"a": 1, "b": [1, 2]}, indent=0))
print(json.dumps({"s": {1, 2}} if False else {"s": sorted({3, 1, 2})}))
print(json.dumps({(1, 2): 3}, skipkeys=True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.dumps({"when": Point(3, 4)}, default=vars, sort_keys=True))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc))
print(Enc().encode([{1, 2}]))
for bad in [{"s": {1}}, {(1, 2): 3}, [float("nan")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)

print(json.loads('{"a": [1, 2.5, null, true, false], "b": {"c": "d"}}'))
print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("1E3"), json.loads(" 2.5e-3 "))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\"\\/"'), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[]"), json.loads("{}"), json.loads('""'))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"x": 1, "y": [2]}', object_pairs_hook=OrderedDict))
print(type(json.loads("1")), type(json.loads("1.0")), json.loads(b'[1]'))
for bad in ["", "   ", "[1, 2", "{'a': 1}", '{"a" 1}', '{"a": 1,}', "[1,]", "tru", "[1] x",
            '"abc', '"a\\qb"', '"\\u12"', '"a\nb"', "{\n  \"a\": 1,\n  \"b\": ?\n}", "01"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
data = {"name": "Ann", "scores": [90, 85.5], "ok": True}
s = json.dumps(data)
print(json.loads(s) == data)

buf = io.StringIO()
json.dump(data, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
f = io.StringIO("line1\nline2\nline3")
print(f.readline(), end="")
print(f.read(3), f.tell(), f.readlines())
print(list(io.StringIO("a\nb\n")), io.StringIO("xyz").read())
out = io.StringIO()
print("hello", 42, file=out)
out.write("more\n")
print(repr(out.getvalue()), out.tell())
with io.StringIO("ctx") as g:
    print(g.read())
print(g.closed)
try:
    g.read()
except ValueError as e:
    print("ValueError:", e)
h = io.StringIO("abcdef")
h.seek(2)
h.write("XY")
print(h.getvalue(), h.tell(), h.truncate(3), h.getvalue())
