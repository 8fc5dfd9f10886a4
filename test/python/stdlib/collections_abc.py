import collections.abc
from collections.abc import Mapping, Iterable, Sequence, MutableMapping, Hashable, Sized, Callable, Iterator, Generator, Set
from collections import abc
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance([], Sequence), isinstance("s", Sequence))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance(3, Hashable), isinstance([], Hashable))
class C:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(C(), Iterable), isinstance(C(), Sized), issubclass(C, Iterable), isinstance(len, Callable), isinstance(3, Iterable))
class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M(); m.update(a=1, b=2); m.setdefault("c", 3)
print(dict(m), m.get("z", 9), "a" in m, list(m.keys()), list(m.items()), m.pop("a"), len(m), isinstance(m, Mapping))
class Bad(Mapping): pass
try:
    Bad()
except TypeError as e:
    print(e)
print(collections.abc.Iterable is Iterable, abc is collections.abc)
try:
    import collections.nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.x
except ImportError as e:
    print(type(e).__name__, e)
print(Iterable[int], Callable)
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
print(Sq().area(), isinstance(Sq(), Shape))
try: Shape()
except TypeError as e: print(e)
Shape.register(int)
print(isinstance(3, Shape), issubclass(bool, Shape), issubclass(str, Shape))
