print([x * y for x in range(3) for y in range(3) if x != y])
print({x: x * x for x in range(4)})
print(sorted({c for c in "hello"}))
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in range(2)], x)
m = [[1, 2], [3, 4]]
print([v for row in m for v in row])
a, *b = range(5)
print(a, b)
*c, d = "xyz"
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
first, second = second, first = 1, 2
print(first, second)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 != 2)
print(0 or "" or [] or "last", 1 and 2 and 3, not 0)
print(10 // 3, -10 // 3, 10 % -3, -7 % 3, 2 ** 10, 2 ** -1, 7 / 2)
print(1 if 0 else 2, [i for i in range(10)][2:8:2])
lst = [1, 2, 3]
lst[0] += 10
del lst[1]
print(lst)
d = {"a": 1}
d["a"] += 1
del d["a"]
print(d)
class O: pass
o = O()
o.v = 1
o.v += 1
print(o.v)
del o.v
print(hasattr(o, "v"))
print(f"{3.14159:.2f} {'x'!r} {10:>5} {{}}")
