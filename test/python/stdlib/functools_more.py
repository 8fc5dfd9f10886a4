# functools: lru_cache variants and statistics, partial flattening and repr,
# total_ordering from each root, cmp_to_key, reduce, wraps.
import functools
from functools import lru_cache, partial, total_ordering, cmp_to_key, reduce, wraps, cache


calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear(); print(sq.cache_info(), sq.__name__, sq.__wrapped__.__name__)


@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("t", x))
    return x


ident(1); ident(1.0); ident(1); ident(x=1); ident(x=1)
print(ident.cache_info(), ident.cache_parameters(), calls[-3:])


@lru_cache
def bare(a, b=0):
    return a + b


print(bare(1), bare(1), bare(1, b=2), bare(a=1), bare.cache_info())
zero = lru_cache(maxsize=0)(lambda x: x)
print(zero(1), zero(1), zero.cache_info(), lru_cache(-5)(abs).cache_info())
try:
    lru_cache("big")
except TypeError as e:
    print("TypeError", e)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info(), fib.cache_parameters())

p = partial(partial(print, 1, sep="-"), 2, end="!\n")
p(3)
print(p.func is print, p.args, p.keywords, repr(partial(max, 1, key=abs)))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
print(partial(int, base=2)("101"), partial(int, "11", base=3)(base=2))


@total_ordering
class ByLt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, ByLt): return NotImplemented
        return self.v < o.v


@total_ordering
class ByLe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v


@total_ordering
class ByGt:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v


@total_ordering
class ByGe:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v


for cls in (ByLt, ByLe, ByGt, ByGe):
    a, b, c = cls(1), cls(2), cls(1)
    print(cls.__name__, [a < b, a <= b, a > b, a >= b, a <= c, a >= c, a < c, a > c, b > a, b >= a])
print(ByLt.__gt__.__name__, ByLt(1).__gt__(5), ByLe.__lt__.__name__)
try:
    total_ordering(type("Nothing", (), {}))
except ValueError as e:
    print("ValueError", e)


def by_len(a, b):
    return len(a) - len(b)


K = cmp_to_key(by_len)
print(sorted(["ccc", "a", "bb"], key=K), K("a") < K("bb"), K("a") == K("b"), K("ccc") >= K("a"), K("a") > K("b"), K("a") <= K("b"))
print(K("a").__hash__ is None)
print(K("x").obj, max(["aa", "b", "ccc"], key=K))

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 7), reduce(max, [5], 0), reduce(lambda a, b: a + b, "abc"))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError", e, e.__context__)


def original(x: int) -> str:
    """original doc"""
    return str(x)


original.tag = "t"


@wraps(original)
def wrapper(*a):
    return original(*a)


print(wrapper.__name__, wrapper.__doc__, wrapper.__qualname__, wrapper.__wrapped__ is original, wrapper.tag, wrapper.__annotations__, wrapper(3))
w2 = functools.update_wrapper(lambda: 0, original, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "tag"), functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
