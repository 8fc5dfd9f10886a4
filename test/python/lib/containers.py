a = [5, 3, 8, 1]
a.append(7); a.extend([2, 2]); a.insert(0, 9); a.insert(-1, 4); a.insert(100, 0)
print(a, len(a), a.count(2), a.index(8), a.pop(), a.pop(0), a)
a.remove(2); print(a)
a.sort(); print(a); a.sort(reverse=True); print(a)
a.reverse(); print(a, a.copy(), a[::-1], a[1:3], a[-2:], a[::3])
b = a * 2; b += [100]; print(b, [0] * 3, [[]] * 2, a + [1], a == a.copy(), a < [2], [1, 2] < [1, 2, 3], [1, [2]] == [1, [2]])
c = list(range(10)); c[2:5] = ["x"]; print(c); c[::2] = [0] * len(c[::2]); print(c); del c[1]; del c[::3]; print(c)
c[:] = "ab"; print(c); c[1:1] = [7, 8]; print(c); c.clear(); print(c)
l = [3, 1, 2]; l.sort(key=lambda v: -v); print(l, sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda kv: (-kv[1], kv[0])))
print(sorted(["B", "a", "C"], key=str.lower), sorted([2.5, 1, 3.5, -1]), sorted([[2], [1, 5], [1]]), sorted("cba", reverse=True))
r = [1]; r.append(r); print(r)
d = {"a": 1, "b": 2}
d["c"] = 3; d["a"] = 10; del d["b"]; print(d, len(d), "a" in d, "b" in d, d.get("b"), d.get("b", 0), d.setdefault("e", 5), d)
print(list(d.keys()), list(d.values()), list(d.items()), d.pop("e"), d.pop("zz", None), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d, d.copy(), dict.fromkeys("ab", 0), dict(a=1), dict([(1, 2)]), dict({"q": 1}, r=2))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 3}[(1, 2)], {0.5: 1}[0.5], {2**70: "big"}[2**70], {-1: 2}[-1])
print(d.keys() & {"x", "q"}, sorted(d.keys() | {"w"}), sorted(d.keys() - {"x"}), {"a": 1} == {"a": 1}, {"a": 1} != {"a": 2}, {"a": 1} | {"b": 2})
dd = {}; dd["self"] = dd; print(dd)
e = {}
for i in range(5):
    e[i * i] = str(i)
print(e, [k for k in e], list(reversed(e)), e.items())
s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3); print(s, len(s), 2 in s, 3 in s)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1} == {1}, set(), frozenset(), frozenset([1, 2]))
print({10, 3, 8}, {5, 13}, {x * x for x in range(10)}, set(range(20)), {-1, -2, 3}, {100, 1}, set([8, 7, 6, 5, 4, 3, 2, 1]), {32, 16, 8, 0})
t = {1, 2, 3}; t |= {4}; t &= {1, 2, 4}; t -= {1}; t ^= {9}; print(t, t.union([5]), t.intersection([2, 5]), t.difference([2]), t.issubset({2, 4, 9, 10}), t.isdisjoint([7]))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "f"}[frozenset([1])], sorted({"b", "a"}))
tp = (1, 2, 3)
print(tp, tp[1], tp[-1], tp[1:], tp + (4,), tp * 2, (1,) * 0, (), (1,), tp.count(2), tp.index(3), 2 in tp, tuple([1, 2]), tuple("ab"), len(tp), hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 3), (1, 2) == (1, 2))
x, *y, z = [1, 2, 3, 4]; print(x, y, z)
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), range(5), range(1, 5, 2), len(range(0, 100, 7)), 14 in range(0, 100, 7), 15 in range(0, 100, 7), range(10)[3], range(10)[-1], range(10)[2:8:2], list(range(5))[::-1], range(0, 10, 2).index(4))
print(list(enumerate("ab")), list(enumerate("ab", start=5)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(filter(None, [0, 1, 2, None])), list(filter(lambda v: v > 1, [0, 1, 2, 3])), list(reversed([1, 2, 3])), list(reversed(range(3))))
print(type(zip()).__name__, type(map(str, [])).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(reversed([])).__name__, type({}.keys()).__name__, type(enumerate([])).__name__)
it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
print(sum([1, 2, 3]), sum([0.5, 0.25]), sum([[1], [2]], []), min([3, 1, 2]), max([3, 1, 2], key=lambda v: -v), min([], default=0), max(1, 2, 3), any([0, 0, 1]), all([1, 1, 0]), any([]), all([]))
print(abs(-3), abs(-2.5), divmod(7, 2), divmod(-7.5, 2), pow(2, 10), pow(2, 10, 1000), round(3.14159, 2), isinstance(1, (str, int)), issubclass(bool, int), callable(len), callable(1))
print([i * j for i in range(3) for j in range(3) if i != j], {k: v for k, v in zip("abc", range(3))}, list(x for x in "hey"))
for fn in [lambda: [1, 2][5], lambda: {}["k"], lambda: {}[(1, 2)], lambda: [].pop(), lambda: [1].remove(2), lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]: 2}, lambda: [3, "a"].sort(), lambda: (1, 2)[5], lambda: [1, 2].index(7), lambda: max([]), lambda: next(iter([])), lambda: dict([1, 2]), lambda: {}.popitem(), lambda: [1] + (2,), lambda: range(0, 10, 0), lambda: hash([]), lambda: list(1)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
cnt = {}
for w in "the cat the dog the end".split():
    cnt[w] = cnt.get(w, 0) + 1
print(cnt, sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
m = {"k": 1}
try:
    for k in m:
        m["j"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
