import math
print(list(zip("abc", range(5))), list(zip()), list(zip([1], [2], [3])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(map(str.upper, "ab")))
print(any([]), all([]), any(x > 3 for x in range(5)), all(isinstance(x, int) for x in [1, True]))
print(list(enumerate("xy", start=10)), list(reversed(range(1, 10, 3))), list(reversed("abc")))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted("hello", reverse=True))
print(min("apple", "fig", key=len), max([], default=None), max(3, 7, 5), min([(2, "b"), (1, "z"), (1, "a")]))
print(sum([1.5, 2.5]), sum(range(101)), sum([[1], [2]], []), sum((0.1,) * 3), sum([1, 2], start=10))
print(abs(-7), abs(-7.5), abs(True), round(7.5), round(-7.5), round(0.5), round(1.25, 1), round(1.35, 1), round(123.456, -1))
print(divmod(7.5, 2), divmod(-7, 2), pow(2, 10), pow(2, -2), pow(-8, 1 / 3) if False else pow(7, 2, 5), pow(3, -1, 11))
print(int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("  -12  "), int("1_000"), int(3.99), int(-3.99), int("ff", 16))
print(float(" 1e3 "), float("-inf"), float("nan") != float("nan"), float("1_0.5"), float(".5"), float("5."), float(True))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_length(), (255).bit_count(), (-5).bit_length())
print((2.5).is_integer(), (4.0).is_integer(), (0.75).as_integer_ratio(), (3).as_integer_ratio() if hasattr(int, "as_integer_ratio") else "", 3.0.hex(), float.fromhex("0x1.8p1"))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(10**20 + 0.0) == 10**20, math.sqrt(16), math.hypot(3, 4))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan), math.isinf(1e308 * 10), math.copysign(1, -0.0))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.exp(1), math.pow(2, 0.5), 2 ** 0.5)
print(math.sin(math.pi / 2), math.cos(0), round(math.tan(math.pi / 4), 10), math.degrees(math.pi), math.radians(180), math.atan2(1, 1))
print(math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.dist((0, 0), (3, 4)), math.fabs(-3), math.fmod(-7, 3), -7 % 3)
print(chr(65) + chr(0x1F600), ord("€"), ascii("héllo"), repr("tab\there"), repr('q"uote'), repr("it's"), repr("both'\""))
print(bin(-10), oct(64), hex(-255), format(-10, "b"), int("-0b1010", 2) if False else int("-1010", 2))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(1.0).__name__, type(type).__name__)
print(len("héllo"), len(b"h\xc3\xa9llo"), "héllo".encode(), b"abc".decode(), bytes(3), list(b"AB"))
print(id(1) == id(1), hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(-1), hash(-2))
print(list(range(10, 0, -3)), range(5)[-1], range(0, 10, 2)[1:3], len(range(0, -10, -3)), 9 in range(0, 10, 3), range(3) == range(0, 3))
print(slice(1, 5, 2), "abcdefgh"[slice(1, 5, 2)], [1, 2, 3][::-1], "hello"[-3:], "hello"[:-3], "hello"[10:], "hello"[::-2])
x = [1, 2, 3, 4, 5]
x[1:3] = ["a", "b", "c"]; print(x)
x[::2] = [0, 0, 0]; print(x)
del x[::3]; print(x)
x[len(x):] = [9]; x[:0] = [-1]; print(x, x.count(0), x.index(9))
try:
    x[::2] = [1]
except ValueError as e:
    print(e)
a, *b, c = range(6); print(a, b, c)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
print(eval("2 + 3 * 4"), eval("[x * 2 for x in range(3)]"), vars().get("zzz", "nope"), [n for n in dir([]) if not n.startswith("_")], dir(math)[-3:])
