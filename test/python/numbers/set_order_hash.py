print(list({-1, -2, 7}))
print({(1, 2), (3, 4), (5, 6), (0, 1)})
print({1.5, 2.25, 3.125, -0.5})
print({-5, -3, 100, 2**40, 7})
s = set()
for t in [(1, 2), (3, 4), (5, 6), (0, 1), (-1, -1)]: s.add(t)
print(s)
s.discard((3, 4)); s.add((9, 9)); print(s, s.pop())
print({x / 4 for x in range(10)})
print(set([(i, j) for i in range(3) for j in range(3)]))
print({"apple", "banana", "cherry", "date"}, {"x", "y"})
a = {(1, 2), (3, 4), (0, 0)}; b = {(3, 4), (5, 6)}
print(a | b, a & b, a - b, a ^ b)
print({None, 1, 2.5, (1,)})
print(sorted({1, 2}) , {-1.5, -2.5, 1e300, float('inf')})
d = {(i * 7919) % 13: i for i in range(10)}; print(set(d))
print(hash(""), hash("a"), hash("héllo"), hash("日本"), hash("😀x"), hash(b""), hash(b"12345678"), hash(b"123456789abcdefgh"))
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({"a", (1, 2)})), hash(frozenset({-1, -2, 2**40})))
print(hash(1e100), hash(-0.1), hash(2**100), hash(-2**64), hash(float('inf')))
print(hash((2**70, 1.5)) == hash((2**70, 1.5)))
print({-1, -2, 3}, {0, False, 0.0, 1, True})
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash(K(2**62)), hash(K(-1)), hash(K(2**64 + 5)))
print(hash(frozenset({(1, 2), 3.5, "a"})), {1: 2, (1, 2): 3})
s = {10, 20, 30, 40, 50, 60}
s |= {(1, 1), 2.5}
print(s, s | {-7}, set(frozenset(s)))
