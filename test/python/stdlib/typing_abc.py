from typing import Any, List, Dict, Optional, Tuple, Union, Callable, Iterable, Iterator, Generator, TypeVar, Set, Sequence, Generic, cast
import typing

T = TypeVar('T')

def total(xs: List[int]) -> int:
    return sum(xs)

def lookup(d: Dict[str, Tuple[int, int]], k: str) -> Optional[Tuple[int, int]]:
    return d.get(k)

def apply(f: Callable[[int], int], xs: Iterable[int]) -> Iterator[int]:
    for x in xs:
        yield f(x)

def gen(n: int) -> Generator[int, None, None]:
    yield from range(n)

def first(xs: Sequence[T]) -> Union[T, None]:
    return xs[0] if xs else None

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()

print(total([1, 2, 3]), lookup({'a': (1, 2)}, 'a'), lookup({}, 'b'), list(apply(lambda v: v * 2, [1, 2])), list(gen(3)), first("xyz"))
s = Stack()
s.push(1); s.push(2); print(s.pop(), isinstance(s, Stack), T, cast(int, "x"), typing.TYPE_CHECKING)
x: Any = 5
y: Set[int] = {1}
print(x, y)
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def perimeter(self):
        pass
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class Half(Shape):
    def area(self):
        return 0

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))

class Animal(ABC):
    @abstractmethod
    def speak(self): ...
class Dog(Animal):
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says woof"
print(Dog("Rex").speak())
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
