def check(f):
    try:
        f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
def g(a, b=0): pass
class C:
    def m(self, a): pass
check(lambda: g(a=1, **{"a": 2}))
check(lambda: g(**{"a": 1}, **{"a": 2}))
check(lambda: g(**{"a": 1}, a=2))
check(lambda: g(**5))
check(lambda: g(*5))
check(lambda: C().m(*5))
check(lambda: C().m(**5))
check(lambda: C().m(**{"a": 1}, a=2))
check(lambda: len(**5))
check(lambda: len(*5))
check(lambda: print(**{"sep": 1}, sep=2))
check(lambda: (*5,))
check(lambda: {*5})
check(lambda: [*5])
check(lambda: {**5})
check(lambda: dict(**5))
check(lambda: g(*None))
check(lambda: C(*5))
check(lambda: C(**5))
check(lambda: g(**{1: 2}))
