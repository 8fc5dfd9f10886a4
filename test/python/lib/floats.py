vals = [0.1, 0.2 + 0.1, 1e16, 1e15, 1e-5, 1e-4, 123456789.123, 1.5e300, -0.0, 0.0, 1.0, 100.0, 2.5, 1/3, 2/3, 1e22, 5e-324, float("inf"), float("-inf"), float("nan"), 9007199254740993.0, 0.1 * 3]
for v in vals:
    print(repr(v), str(v))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2), 5 % -0.5, (-0.0) % 5)
print(2.0 ** 10, 2 ** 0.5, (-8.0) ** 3, 4 ** -0.5, 10.0 ** -2)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.005, 2), round(123.456, -1), round(125.0, -1), round(0.125, 2), round(-0.5))
print(round(1e300, 2), round(3.14159, 0), round(-3.7), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(float("1.5"), float(" -2.25 "), float("1e3"), float("inf"), float("-Infinity"), float(3), float(2**70), float("1_000.5"))
print((1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (2.5).hex(), float.fromhex("0x1.8p1"))
print(hash(1.0), hash(2.5), hash(-1.0), hash(0.0), hash(1e100) == hash(int(1e100)))
print(1.0 == 1, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, float("nan") == float("nan"))
print(int(1e20), int(-1.9), abs(-2.5), -(-2.5), +2.5)
print(3 * 0.1, 0.1 * 3, 1 - 0.9, 100 * 1.1, 1.1 + 2.2, 3.0 / 7)
print(sum([0.1] * 10), max(1.5, 2), min(1, 1.0))
zero = 0
tests = [lambda: 1.0 / zero, lambda: 1.0 // zero, lambda: 1.0 % zero, lambda: divmod(1.0, zero), lambda: 0.0 ** -1,
         lambda: 10.0 ** 400, lambda: float('abc'), lambda: round(float('inf')), lambda: float(None), lambda: float("1e500"), lambda: 2 ** 0.5 ** 2]
for t in tests:
    try:
        print(t())
    except Exception as ex:
        print(type(ex).__name__, ex)
