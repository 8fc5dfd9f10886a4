import functools
import time

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return [fn(*a, **kw) for _ in range(times)]
        return wrapper
    return deco

def count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def validate_types(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            names = fn.argnames
            for name, val in list(zip(names, args)) + list(kwargs.items()):
                if name in types and not isinstance(val, types[name]):
                    raise TypeError(f"{name} must be {types[name].__name__}, got {type(val).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

class Timer:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.runs = []
    def __call__(self, *a):
        t = time.perf_counter()
        r = self.fn(*a)
        self.runs.append(time.perf_counter() - t >= 0)
        return r

@repeat(3)
def greet(name): return f"hi {name}"

@count_calls
def square(x): return x * x

@validate_types(a=int, b=(int, float).__class__ and int)
def add(a, b): return a + b
add.__wrapped__.argnames = ('a', 'b')

@memoize
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)

@Timer
def slow(n):
    """sum to n"""
    return sum(range(n))

print(greet("bob"), greet.__name__)
for i in range(4): square(i)
print(square.calls, square.__name__, square.__wrapped__(5))
print(add(1, 2))
try:
    add(1, "2")
except TypeError as e:
    print("TypeError:", e)
print(fib(80), len(fib.cache))
print(slow(100), slow(10), slow.runs, slow.__doc__, slow.__name__)

def singleton(cls):
    instances = {}
    @functools.wraps(cls, updated=())
    def get(*a, **kw):
        if cls not in instances:
            instances[cls] = cls(*a, **kw)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self): self.values = {}
c1, c2 = Config(), Config()
print(c1 is c2, Config.__name__)

def stack(*decos):
    def apply(fn):
        for d in reversed(decos): fn = d(fn)
        return fn
    return apply
def bold(fn): return lambda: "<b>" + fn() + "</b>"
def italic(fn): return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def hello(): return "hello"
@stack(bold, italic)
def hello2(): return "hello"
print(hello(), hello2())
class Cls:
    @property
    @functools.lru_cache()
    def expensive(self):
        print("computed")
        return 42
o = Cls(); print(o.expensive, o.expensive)
