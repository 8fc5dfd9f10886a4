d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d.keys(), d.values(), d.items())
print(d.get("x"), d.get("x", 0), d.setdefault("e", 5), d.setdefault("a", 100), d)
print(d.pop("a"), d.pop("zz", None), d.popitem(), d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print({**d, "new": 0}, dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print({1: "a", 1.0: "b", True: "c"})
print(list(d), sorted(d, reverse=True), "x" in d, 2 in d)
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {"a": {"b": {"c": [1, 2, {"d": None}]}}, (1, 2): "tuple key", 3.5: frozenset({1})}
print(nested, nested["a"]["b"]["c"][2]["d"])
d2 = dict(d)
d2.clear()
print(d2, d == dict(d), {1: 2} == {1: 2.0}, {} == {})
try:
    for k in d:
        d["new" + str(k)] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(s, len(s), 2 in s, s | {9}, s & {2, 3}, s - {2}, s ^ {2, 7}, {1, 2} <= {1, 2, 3}, {1} < {1}, s.issubset(range(10)), s.union([1], [2]))
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
print(set(), frozenset(), set("aab") == {"a", "b"}, sorted({"b", "a"}), {1, 2} == frozenset({1, 2}))
print(d.items() & {("x", 1)}, sorted(d.keys() - {"x"}), list(d.values()))
dd = {}
dd.setdefault("list", []).append(1)
dd.setdefault("list", []).append(2)
print(dd, dict(sorted({"b": 1, "a": 2}.items())))
print(repr({}), repr(set()), {(): 1}, {None: None})
print({k: v for k, v in zip("abc", range(3)) if v}, dict(zip("ab", [1, 2])))
del d["x"]
print(d, d | {"q": 1})
d |= {"r": 2}
print(d)
print(sorted({5: 1, 2: 2, 8: 3}), list(reversed({1: 1, 2: 2})))
