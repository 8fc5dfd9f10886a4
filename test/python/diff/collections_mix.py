from collections import Counter, defaultdict, OrderedDict, namedtuple, deque

text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(2), c["the"], c["missing"])
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5))
print(sorted(letters.elements())[:10])
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2, c=5)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3)
c2.update("aab"); print(c2)
c2.subtract({"a": 10}); print(c2, +c2, -c2)
print(Counter("abracadabra") == Counter("aabrcadabra"), c3.total())
print(dict(Counter([1, 1, 2])), list(Counter("hello").keys()))
dd = defaultdict(list)
for word in text.split():
    dd[len(word)].append(word)
print(sorted(dd.items()))
counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, dict(counts), counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1; nested["b"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
od = OrderedDict()
od["z"] = 1; od["a"] = 2; od["m"] = 3
od.move_to_end("z")
print(od, list(od), od.popitem(), od.popitem(last=False))
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p._replace(x=10), Point._fields, p == (3, 4), isinstance(p, tuple))
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
emps = [Emp("ann", "eng", 120), Emp("bob", "ops"), Emp("cy", "eng", 95)]
by_dept = defaultdict(list)
for e in emps:
    by_dept[e.dept].append(e)
for dept, es in sorted(by_dept.items()):
    print(f"{dept}: {[e.name for e in es]} avg={sum(e.salary for e in es) / len(es):.1f}")
print(max(emps, key=lambda e: e.salary))
d = deque(range(10), maxlen=5)
print(d, d.maxlen, sum(d))
window = deque(maxlen=3)
avgs = []
for x in [1, 2, 3, 4, 5, 6]:
    window.append(x)
    avgs.append(sum(window) / len(window))
print(avgs)
try:
    Point(1)
except TypeError as e:
    print("TypeError")
print(repr(Counter()), repr(defaultdict(int)), repr(OrderedDict()), repr(deque()))
