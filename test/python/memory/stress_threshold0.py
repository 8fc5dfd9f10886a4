# Ordinary Python run with a collection at EVERY allocation: any value the engine
# holds without rooting it would be freed and show up here as a wrong result.
import gc

gc.threshold(0)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def fib_gen(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b


def make_adder(k):
    def add(x):
        return x + k
    return add


words = ["alpha", "beta", "gamma", "delta"]
print([w.upper() + str(len(w)) for w in words])
print({w: [c for c in w if c in "aeiou"] for w in words})
print(sorted(words, key=lambda w: (len(w), w[::-1])))
print(sum(Point(i, i * 2) for i in range(5)) if False else Point(1, 2) + Point(3, 4) + Point(5, 6))
print(list(fib_gen(15)))
adders = [make_adder(i * 1.5) for i in range(4)]
print([f(10) for f in adders])
print("-".join(str(x * 2 ** 40) for x in range(3)))
print({(i, str(i)): {i} for i in range(3)})
print(" ".join(reversed("a b c d".split())))
big = [[j for j in range(i)] for i in range(20)]
print(len(big), big[-1][-3:], sum(map(len, big)))
s = ""
for i in range(30):
    s += chr(65 + i % 26) * (i % 3)
print(s)
try:
    {}["missing" + str(1)]
except KeyError as e:
    print("KeyError", e)
try:
    raise ValueError("v" * 3, [1, 2])
except ValueError as e:
    print(e.args)
d = {}
for i in range(50):
    d[str(i)] = [str(i)] * 2
print(len(d), d["42"], list(d)[:5])
print(f"{3.5:.3f} {10**20} {'x':>4}|{[1, 2]!r}")
print(max(words, key=len), min((len(w), w) for w in words))
t = tuple(Point(i, -i) for i in range(3))
print(t, t[1].y)
print(str(1.0 / 3), repr(2.5e-8), 10 ** 30 // 7, -(10 ** 25) % 13)
print(list(zip(words, range(10), "xyz")), list(enumerate("ab", 5)))


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


head = None
for i in range(200):
    head = Node(str(i), head)
total = 0
while head is not None:
    total += int(head.v)
    head = head.nxt
print(total)
print(sorted({str(i % 7) for i in range(40)}))
print([x for x in ("%d-%s" % (i, i * "z") for i in range(4))])
