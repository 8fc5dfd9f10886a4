from functools import reduce, partial, lru_cache, wraps, cmp_to_key, cache
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde", "f"], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
def power(base, exp): return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(7), cube(3), two_to(10), square.func is power, square.keywords, two_to.args)
int2 = partial(int, base=2)
print(int2("1011"), int2("111", base=8))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def slow_sq(x):
    print("computing", x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    slow_sq(x)
print(slow_sq.cache_info())

@cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100))

def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(compare_len_then_alpha)))

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        r = fn(*args, **kwargs)
        print(f"{fn.__name__}({', '.join(map(repr, args))}) -> {r!r}")
        return r
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(10, 20))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(reduce(operator.or_, [{1}, {2}, {1, 3}]), reduce(max, [3, 9, 2]))
