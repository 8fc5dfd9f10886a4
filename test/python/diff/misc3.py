class A:
    def __repr__(self): return "A()"
class B:
    def __str__(self): return "B-str"
print(A(), [A()], str(A()), f"{A()}", "%s" % A(), B(), [B()][0].__str__(), "{}".format(A()))
print(repr(B()).startswith("<__main__.B object at 0x"))
s = ""
for i in range(1000):
    s += str(i % 10)
print(len(s), s[:20], s[-5:])
parts = []
for i in range(10000):
    parts.append(f"{i:05d}")
print(len("".join(parts)), parts[9999])
big = list(range(100000, 0, -1))
big.sort()
print(big[:3], big[-3:], sum(big))
d = {i: i * i for i in range(20000)}
print(len(d), d[19999], sum(d.values()) % 1000007)
for k in list(d):
    if k % 2:
        del d[k]
print(len(d), list(d)[:5])
words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor " * 100).split()
from_counts = {}
for w in words:
    from_counts[w] = from_counts.get(w, 0) + 1
print(sorted(from_counts.items())[:3])
nested = [[i * j for j in range(5)] for i in range(5)]
print(nested)
print([[1, 2], [3]], ((1, 2), (3,)), {"a": [1, {"b": (2, 3)}]}, [{1, 2}], [frozenset()], [None, [None]], [1.5, -0.0, float("inf")])
print([("x", 1.0), ("y", 2)], {1: "a\nb"}, ["tab\t"], ("'",), ['"'], ["'\""])
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        matrix[i][j] = i * 3 + j
for row in matrix:
    print(" ".join(f"{v:3d}" for v in row))
print("\n".join(map(str, range(3))))
t = 1, 2, 3
print(t, t[::-1], t + (4,), t * 2, t.count(2), t.index(3), len(t), 2 in t, tuple(sorted(t, reverse=True)), (1,) + (), ())
a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = range(10)
print(first, middle, last)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
print(list(zip(*[(1, "a"), (2, "b")])), [*range(3), *"ab"], {**{"a": 1}, **{"b": 2}}, {*"abc"} == set("abc"))
coords = {(0, 0): "origin", (1, 0): "east"}
print(coords[(0, 0)], coords.get((1, 0)), (0, 0) in coords)
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    srt = sorted(nums)
    med = srt[n // 2] if n % 2 else (srt[n // 2 - 1] + srt[n // 2]) / 2
    return round(mean, 3), round(var, 3), med
print(stats([2, 4, 4, 4, 5, 5, 7, 9]), stats([1, 2, 3, 4]))
print(f"{'Name':<10}|{'Score':>6}")
for name, score in [("Ann", 93.456), ("Bob", 7.1)]:
    print(f"{name:<10}|{score:>6.1f}")
i = 0
while True:
    i += 1
    if i > 5:
        break
else:
    print("never")
for i in range(3):
    pass
else:
    print("loop done", i)
print(int.__doc__ is not None or True, (lambda: None)() is None)
