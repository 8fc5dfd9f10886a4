from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping, MutableSequence
from collections import deque
import timeit

@singledispatch
def show(x):
    return f"object {x!r}"

@show.register
def _(x: int):
    return f"int {x}"

@show.register(list)
def _(x):
    return f"list of {len(x)}"

@show.register(Mapping)
def _(x):
    return f"mapping {sorted(x)}"

@show.register(float | str)
def _(x):
    return f"float-or-str {x}"

print(show(1), show(True), show([1, 2]), show({"b": 1, "a": 2}), show(2.5), show("s"), show(None), show(()))
print(show.dispatch(bool).__name__, show.registry[object] is show.__wrapped__)

class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))
try:
    show()
except TypeError as e:
    print(e)
print(isinstance(deque(), MutableSequence))
t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0, len(timeit.repeat(lambda: None, repeat=3, number=10)))
