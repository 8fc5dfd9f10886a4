import math
print(float("inf") > 10 ** 400, -float("inf") < -(10 ** 400), float("nan") != float("nan"), [float("nan")] == [float("nan")])
nan = float("nan"); print([nan] == [nan], nan in [nan], {nan: 1}[nan] if False else "", max(1, nan), max(nan, 1), sorted([3, nan, 1])[1:])
print(-0.0, 0.0 * -1, str(-0.0), repr(-0.0), -0.0 == 0, abs(-0.0), round(-0.4), round(-0.5), -0.0 + 0.0, format(-0.0, ".2f"), f"{-1e-9:.2f}")
print(1e309, -1e309, 1e-400, 2 ** -1075, 1.7976931348623157e308, 1.7976931348623157e308 * 2, math.isinf(1e309), math.isfinite(1e308))
print(float(2 ** 1023), int(1.7976931348623157e308) % 1000, 10 ** 308 * 10 / 10 ** 308 if False else "", 2 ** 1024 // 2 ** 1000)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 1024 / 1
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ceil(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(hash(-1), hash(0.5) == hash(0.5), hash(2 ** 61 - 1) if False else "", hash(True), hash(()) == hash(()), hash("a") == hash("a"))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), -7), divmod(5.5, -2), (-(10 ** 30)) // 10 ** 29, 10 ** 30 % -7, -7 % 10 ** 30)
print(int("-" + "9" * 50) // 10 ** 49, abs(-(2 ** 200)) == 2 ** 200, (-2) ** 101 < 0, (2 ** 100) ** 2 == 2 ** 200, 2 ** 100 - 2 ** 100)
print(0.1 + 0.7, 3 * 0.1, 0.3 == 0.1 * 3, round(0.1 * 3, 15), 1.23e-5 * 1e5, 9.999999999999999e22, 1e23, 123456789012345678.0)
print(5 / 2, 5 // 2, -5 // 2, 5 % 2, -5 % 2, 5.0 // 2, -5.0 // 2, 5 % -2.0, 2 ** -1, 4 ** 0.5, (-8) ** 2, 10 ** 0)
print(int(2.5e10), int(-1e-10), int("000123"), float("0"), float("-0"), 1e0, 12e-1, str(1e16), str(123456789012345.6))
print(max([1, 2], [1, 2, 0]), min("apple", "Apple"), max([], default=None), min([], default=-1), max(1, 2, 3, key=lambda x: -x))
print(sorted([True, False, 0, 1, -1]), sorted([[2], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted("hello", reverse=True))
data = [("a", 3), ("b", 1), ("c", 3), ("d", 2), ("e", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
lst = list(range(10))
try:
    for x in lst:
        if x % 2 == 0:
            lst.remove(x)
except Exception as e:
    print(type(e).__name__)
print(lst)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
a = [1, 2, 3]
a.append(a)
print(a, len(str(a)))
dd = {"self": None}
dd["self"] = dd
print(dd)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError:", e, t)
print([] == [], "" == "", [[]] * 3, [0] * 0, [1] * -1, "ab" * 0)
x = y = []
x.append(1); print(y)
a, *b = [1, 2, 3]; *c, d2 = "xyz"; e, (f, g) = 1, (2, 3)
print(a, b, c, d2, e, f, g)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError:", e)
i = 0; l = [0, 0]
i, l[i] = 1, 5
print(l)
print(list(range(5))[-100:100], "abc"[5:], [1, 2, 3][::-2], (1, 2, 3)[1:], range(10)[2:8:3], range(10)[-1], len(range(0, 100, 7)))
print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(None), bool(range(0)), bool({}), not not 5)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" < "c", 1 in [1] in [[1]], (1 < 2) + 1)
print(0 or "" or None or [] or "last", 1 and 2 and 3, None and 1, (0 or 5) * 2)
print(isinstance(True, int), type(True) is bool, isinstance(1, (str, int)), issubclass(bool, int), type(1) == int)
print(chr(65) + chr(0x263A), ord("\n"), "\x41\u0042\101", "a\
b", len("\t\n\\"))
