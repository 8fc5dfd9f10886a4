# PEP 585 generics: annotations written with builtin types evaluate (def and class bodies
# evaluate annotations), print like CPython, and call their origin.
from dataclasses import dataclass


def total(xs: list[int], weights: dict[str, float] | None = None) -> tuple[int, ...]:
    return (sum(xs),)


print(total([1, 2, 3]))
print(total.__annotations__["xs"], total.__annotations__["return"])
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int])
print(list[int]() , dict[str, int](a=1), tuple[int, ...]([1, 2]))
print(list[int] == list[int], list[int] == list[str], list[int].__origin__, list[int].__args__)
print(dict[str, int].__args__)


@dataclass
class Inventory:
    items: list[str]
    counts: dict[str, int]


inv = Inventory(["a"], {"a": 1})
print(inv)
print(Inventory.__annotations__)

print(int | None, None | int, int | str | int, list[int] | None, (int | str) | float)
print(isinstance(3, int | str), isinstance("s", int | None), isinstance(None, int | None))
print(issubclass(bool, int | str), (int | str) == (str | int), (int | str).__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    int | 3
except TypeError as e:
    print("TypeError:", e)
