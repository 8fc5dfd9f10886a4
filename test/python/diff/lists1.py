a = [5, 3, 8, 1, 9, 2]
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = sorted(a, key=lambda x: -x); print(b)
a.append(10); a.extend([11, 12]); a.insert(0, 0); a.insert(100, 99); a.insert(-1, 98)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8); print(a, a.index(9), a.count(3))
try:
    a.remove(1000)
except ValueError as e:
    print(e)
try:
    a.index(1000)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    a[100]
except IndexError as e:
    print(e)
try:
    a[100] = 1
except IndexError as e:
    print(e)
print(a[1:3], a[::2], a[::-1], a[-2:], a[:-2], a[10:20], a[5:1], a[5:1:-1])
a[1:3] = [100, 200, 300]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
del a[0]; del a[::3]; print(a)
a.reverse(); print(a, a.copy(), list(reversed(a)))
a.clear(); print(a)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m, [[0] * 3] * 2)
print([1, 2] + [3], [1] * 3, [1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] or "empty")
nested = [1, [2, [3, [4, []]]], (5, 6), {"k": [7]}, {8}, None, True, 1.0, "s"]
print(nested)
print(str(nested))
lst = [3, 1, 2]
lst2 = lst
lst2 += [4]
print(lst, lst is lst2)
x = [1, 2, 3]
x[len(x):] = [4, 5]
print(x, x[-1], sum(x), min(x), max(x), any(x), all(x))
print(list(range(10))[::3], list(range(10, 0, -3)), list(range(0)), range(5), range(1, 10, 2))
print(list(enumerate("abc", 1)), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
pairs = [(1, "b"), (2, "a"), (1, "a"), (2, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), max(pairs), min(pairs, key=lambda p: p[1]))
stable = sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=lambda t: t[1])
print(stable)
print([x * y for x in range(3) for y in range(3) if x != y])
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
l = [1, 2, 3]
print(l.__len__(), l.__getitem__(0), 2 in l, 5 not in l)
print([i for i in range(20) if i % 3 == 0][-1])
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
print(list("hello"), list((1, 2)), list({1: 2, 3: 4}), tuple([1]), tuple())
l = [0] * 5
for i in range(5):
    l[i] = i * i
print(l, l.index(9, 2), l[-5])
