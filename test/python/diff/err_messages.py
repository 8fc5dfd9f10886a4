tests = [
    lambda: int("abc"), lambda: int("12.5"), lambda: float("x1"), lambda: int("", 10),
    lambda: [1, 2].index(5), lambda: (1, 2).index(3), lambda: "abc".index("z"), lambda: [].pop(),
    lambda: {}.pop("k"), lambda: {"a": 1}["b"], lambda: [1][5], lambda: "ab"[9], lambda: (1,)[2],
    lambda: [1, 2].remove(9), lambda: set().pop(), lambda: {1}.remove(2), lambda: 1 / 0, lambda: 5 % 0,
    lambda: 2.0 // 0, lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: "x" * 2.5,
    lambda: len(5), lambda: (lambda n: n)(None)(), lambda: None.x, lambda: [3, "a"].sort(), lambda: sorted([1, None]),
    lambda: max([]), lambda: min(), lambda: int(None), lambda: abs("x"), lambda: iter(5), lambda: next(iter([])),
    lambda: hash([]), lambda: {[]: 1}, lambda: "abc".foo, lambda: (1).real.x, lambda: ord("ab"),
    lambda: chr(-1), lambda: "{} {}".format(1), lambda: "{x}".format(), lambda: "%d" % "s",
    lambda: "%s %s" % (1,), lambda: int("z", 36) + int("9", 8), lambda: divmod(1, 0), lambda: 10 ** -1 // 0,
    lambda: [].insert(), lambda: "a".join([1, 2]), lambda: list(range(3))[1:2:0], lambda: dict([(1, 2, 3)]),
    lambda: tuple(5), lambda: setattr("abc", "x", 1), lambda: del_item(),
    lambda: round("1"), lambda: pow(2, 3, 0), lambda: float("inf") // 1 + int(float("inf")),
    lambda: int(float("nan")), lambda: [1, 2, 3][::0], lambda: bytes([300]), lambda: "x".center(),
    lambda: sum(["a", "b"]), lambda: sum([[1]], 0), lambda: import_missing(), lambda: 1 < "a",
    lambda: [] < (), lambda: {1: 2} < {3: 4}, lambda: math_err(), lambda: x_undefined,
    lambda: getattr(1, "nope"), lambda: object().x, lambda: type("T", (), {})().y,
]
def del_item():
    t = (1, 2)
    del t[0]
def import_missing():
    import nonexistent_module_xyz
def math_err():
    import math
    return math.sqrt(-1)
for i, f in enumerate(tests):
    try:
        r = f()
        print(i, "no error", r)
    except Exception as e:
        print(i, type(e).__name__, e)
