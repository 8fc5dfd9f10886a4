import math, sys, time
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), type(math.floor(2.5)).__name__, math.fabs(-3), math.pow(2, 0.5))
print(math.exp(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(1000), math.log(2**2000))
print(math.sin(0), math.cos(0), math.tan(0), math.asin(1), math.acos(1), math.atan(1), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.lcm(4, 6), math.factorial(20), math.factorial(30), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.isqrt(99), math.isqrt(10**30))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.copysign(3, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.floor(10**20), math.ceil(-0.5))
for fn in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.acos(2), lambda: math.pow(0, -1), lambda: math.floor(math.inf), lambda: math.factorial(2.5)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t0 = time.perf_counter(); t1 = time.perf_counter(); print(t1 >= t0, type(time.time()).__name__, type(time.monotonic()).__name__)
time.sleep(0)
print(sys.maxsize, sys.version_info[0], sys.version_info[:2] >= (3, 8), type(sys.argv).__name__, sys.byteorder)
sys.stdout.write("written\n")
print("to stdout", file=sys.stdout)
print("a", "b", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print()
print(len("abc"), len([1]), len({}), len(range(3)), len((1, 2)))
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(1.5).__name__, int, str)
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance("a", (int, str)), issubclass(int, object), isinstance([], list))
print(id(None) == id(None), id(1) == id(1), hash("abc") == hash("abc"), hash(1) == hash(1.0), hash(True) == hash(1))
print(chr(97), ord("a"), hex(255), oct(8), bin(5), format(255, "#x"), repr(None), ascii("é"))
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool({}), bool(range(0)))
print(int(), float(), str(), list(), tuple(), dict(), set(), frozenset(), bool())
print(list(range(3)), tuple(range(3)), set([1, 1, 2]), dict(zip("ab", [1, 2])), list({"x": 1}), list("hi"), list((1, 2)))
class P:
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "y", "dflt"), hasattr(p, "x"), hasattr(p, "y"))
setattr(p, "y", 5); print(p.y, vars(p)); delattr(p, "y"); print(hasattr(p, "y"))
print(sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(min("b", "a"), max([1, 5, 3]), min([(2, "a"), (1, "b")]), max("abc", key=ord), min([1, 2], key=lambda v: -v))
print(round(2.675, 2), round(-0.5), round(0.5), round(1.5), round(1234.5678, -2), round(5), round(5, 2))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), pow(2, 8), pow(2.0, 3), pow(9, 0.5), pow(-2, 2))
print(all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]), sum(x for x in range(5)), sum([], 10), sum([1.5, 2.5], 1))
print(list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")), list(enumerate([]))) 
print(next(iter(range(5))), list(iter([1, 2])), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
print(callable(print), callable(P), callable(p), callable(lambda: 0))
print(format(1234.5, ","), format(0.5, "%"), "{:>{w}}".format("x", w=4), f"{p.x!r:>3}")
print(str("ab"), repr(1.0), repr(-1.5e-10), str(10**21 * 1.0), 1e100)
print(abs(-0.0), -0.0 == 0.0, 0.1 + 0.7, 1.1 * 3, 1e-10 + 1)
x = input() if False else "no input"
print(x)
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
