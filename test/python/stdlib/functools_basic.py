import functools
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args)
basetwo = partial(int, base=2)
print(basetwo('10010'))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__)

@cache
def ways(n, coins=(1, 2, 5)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100))

@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())

@lru_cache
def plain(x):
    return x + 1
print(plain(1), plain(1), plain.cache_info().hits)

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        print("calling", func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"V{self.major}.{self.minor}"
a, b = Version(1, 2), Version(1, 3)
print(a < b, a <= b, a > b, a >= b, a == Version(1, 2), max(a, b), sorted([b, a, Version(0, 9)]))

def compare(x, y):
    return (x % 10) - (y % 10) or x - y
print(sorted([35, 12, 41, 22, 5, 11], key=cmp_to_key(compare)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda s, t: len(t) - len(s))))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
