tests = [lambda: sorted([1, "a"]), lambda: sorted(["a", 1, 2]), lambda: [3, 1, None].sort(), lambda: max([1, "a"]), lambda: len(5), lambda: {}.get(),
         lambda: int("3.5"), lambda: [1, 2].index(5), lambda: {[1]: 1}, lambda: set([[1]]), lambda: frozenset([{}]), lambda: [1, 2, 3].__setitem__(slice(1, 2), 5),
         lambda: (1, 2).count(), lambda: "abc".center(), lambda: [].insert(1), lambda: "x".join("a", "b"), lambda: dict(1), lambda: dict([(1, 2, 3)]),
         lambda: list(range(3))[1.5], lambda: [1][True], lambda: {}.pop("a"), lambda: "a".zfill(), lambda: chr(-1), lambda: ord("ab"), lambda: ord(1),
         lambda: [1, 2, 3][::0], lambda: range(3)[5], lambda: "abc"[1:2:0], lambda: sum(["a", "b"]), lambda: sum([1], "x"), lambda: min(), lambda: "%d %d" % (1,),
         lambda: "{0} {1}".format(1), lambda: "{a}".format(b=1), lambda: "{:d}".format(1.5), lambda: "{:s}".format(1), lambda: bool(1, 2), lambda: float("1.2.3"),
         lambda: [].pop(5), lambda: [1].pop(5), lambda: abs("x"), lambda: round("x"), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 4), lambda: hex(1.5),
         lambda: isinstance(1, 1), lambda: getattr(1, 2), lambda: iter(5), lambda: next([1]), lambda: reversed(5), lambda: enumerate(5),
         lambda: zip(1), lambda: map(len), lambda: list(map(len, [1])), lambda: "a" * 1.5, lambda: [1] * "a", lambda: (1,) + [2], lambda: {1} + {2}, lambda: {1: 2} + {3: 4},
         lambda: -"a", lambda: ~1.5, lambda: 1 << 1.5, lambda: 1.5 & 1, lambda: "a" - "b", lambda: [] < (), lambda: {} < {}, lambda: None < None]
for t in tests:
    try:
        r = t()
        print("ok", r if not hasattr(r, "__next__") else type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
