a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(a | b, b | a, {**a, **b}, a.keys() & b.keys(), a.keys() - b.keys(), sorted(a.keys() | b.keys()), sorted(a.keys() ^ b.keys()))
c = dict(a); c |= b; print(c)
print(list(a.items())[0], ("x", 1) in a.items(), 2 in a.values(), a.get("q"), a.get("q", 0), a.setdefault("x", 9), a.setdefault("n", []))
print(dict.fromkeys("abc", 0), dict(zip("ab", [1, 2])), dict(a=1, b=2), dict([("k", "v")], extra=1))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, sorted({3: "c", 1: "a", 2: "b"}.items()), max(a, key=lambda k: str(a[k])))
d = {"b": 2, "a": 1}
d["c"] = 3; del d["b"]; d["b"] = 4
print(d, list(d), list(reversed(d)), d.popitem(), d)
print({k: v for k, v in sorted(a.items(), key=lambda kv: kv[0], reverse=True) if isinstance(v, int)})
nested = {"users": [{"name": "a", "tags": ["x"]}, {"name": "b", "tags": []}]}
print(nested["users"][0]["tags"][0], [u["name"] for u in nested["users"] if u["tags"]])
print(repr({1: {2: {3: {}}}}), {(1, 2): "t", frozenset({1}): "f", None: 0, True: "t", 1.5: 2})
print({1: "a", True: "b", 1.0: "c"}, {0, False, 0.0}, len({"a", "a", "b"}))
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= s2, {3} < s2, s1.isdisjoint({9}), s1.issuperset({1, 2}))
s3 = set(); s3.add(5); s3.update([6, 7], (8,)); s3.discard(100); s3 -= {6}; s3 |= {1}; s3 &= {1, 5, 7, 8, 9}
print(s3, sorted(s3), frozenset([3, 1]), sorted(set("hello")), {x % 3 for x in range(10)})
print(set(), frozenset(), {frozenset({1, 2}): 1}, frozenset({1, 2}) == {2, 1}, {1, 2} == frozenset({1, 2}))
print(s1.union([9], (10,)), s1.intersection(range(3)), s1.difference({1}, {2}), sorted(s1.symmetric_difference([1, 99])))
print(sorted({"banana", "apple", "cherry"}), sorted({-3, 1, -2}, key=abs), min({4, 2, 8}))
try:
    {1, 2} + {3}
except TypeError as e:
    print(e)
try:
    a.keys()[0]
except TypeError as e:
    print(e)
for k in list(a):
    if k.startswith("x"): del a[k]
print(a, len(a))
try:
    for k in a: a[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
m = {}
for word in "one two three two one two".split():
    m[word] = m.get(word, 0) + 1
print(sorted(m, key=m.get, reverse=True), m == {"two": 3, "one": 2, "three": 1})
print(dict(sorted(m.items(), key=lambda kv: (-kv[1], kv[0]))))
print(a.keys(), a.values(), a.items(), type(a.keys()).__name__, len(a.items()))
