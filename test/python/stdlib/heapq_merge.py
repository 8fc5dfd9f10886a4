# heapq.merge: order, ties between inputs, key=, reverse=, laziness, errors
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [], [3])))
print(list(heapq.merge("adg", "beh", "cfi")))
print(list(heapq.merge([(1, "a"), (3, "a")], [(1, "b"), (2, "b")], [(1, "c")])))

# Ties: equal keys come out in input order (items themselves are never compared)
class Item:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __repr__(self):
        return "%d%s" % (self.k, self.tag)

a = [Item(1, "a"), Item(2, "a"), Item(2, "a2"), Item(5, "a")]
b = [Item(1, "b"), Item(2, "b"), Item(4, "b")]
c = [Item(2, "c"), Item(6, "c")]
print(list(heapq.merge(a, b, c, key=lambda x: x.k)))
print(list(heapq.merge(list(reversed(a)), list(reversed(b)), list(reversed(c)), key=lambda x: x.k, reverse=True)))
print(list(heapq.merge([9, 7, 3], [8, 7, 1], [10], reverse=True)))
print(list(heapq.merge(["apple", "fig"], ["Banana", "kiwi"], ["cherry"], key=str.lower)))
print(list(heapq.merge(["ccc", "a"], ["bb", "dd", "e"], key=len, reverse=True)))

# Equal values of different types: ties go to the earlier input
print(list(heapq.merge([1, 2.0, 3], [1.0, 2, 3.0])))

# Lazy: a generator that consumes its inputs as it goes
def counted(name, values):
    for v in values:
        print("  next from", name, v)
        yield v

m = heapq.merge(counted("x", [1, 4]), counted("y", [2, 3]))
print(type(m).__name__)
print(next(m))
print(next(m))
print(list(m))

# Unsortable inputs are merged as given (no sorting happens)
print(list(heapq.merge([3, 1], [2])))
print(list(heapq.merge(range(0, 20, 3), range(1, 20, 4), range(2, 20, 5))))

try:
    list(heapq.merge([1, "a"], [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.merge([1], [2], keyfunc=len)
except TypeError as e:
    print("TypeError")
print(sorted(heapq.__all__))
