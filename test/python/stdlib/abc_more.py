# abc: abstract bookkeeping, registration, caches, hooks, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
    @abstractmethod
    def name(self): ...
    def concrete(self): return "c"


print(sorted(Base.__abstractmethods__), ABC.__abstractmethods__, type(Base).__name__)
for cls in (Base,):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)


class Half(Base):
    def run(self): return "r"


try:
    Half()
except TypeError as e:
    print("TypeError", e)


class OneLeft(Half):
    name = "n"


try:
    OneLeft()
except TypeError as e:
    print("TypeError", e)


class Done(OneLeft):
    def stop(self): return "s"


d = Done()
print(d.run(), d.stop(), d.name, d.concrete(), Done.__abstractmethods__, isinstance(d, Base))


class Plain:
    pass


tok = abc.get_cache_token()
print(issubclass(Plain, Base), isinstance(Plain(), Base))
print(Base.register(Plain) is Plain, abc.get_cache_token() > tok, issubclass(Plain, Base), isinstance(Plain(), Base), issubclass(Plain, Half))
print(Base.register(Done) is Done, Base.register(Plain) is Plain)
try:
    Base.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    Plain2 = Done.register(Base)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    issubclass(3, Base)
except TypeError as e:
    print("TypeError", e)


class Sub(Plain):
    pass


print(issubclass(Sub, Base), isinstance(Sub(), Base), Base in Sub.__mro__)


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Quacks:
            return "quack" in dir(other)
        return NotImplemented


class Duck:
    def quack(self): pass


class Robot:
    pass


class SubQuacks(Quacks):
    pass


print(issubclass(Duck, Quacks), issubclass(Robot, Quacks), isinstance(Duck(), Quacks), issubclass(Duck, SubQuacks))


class Liar:
    __class__ = Duck


print(isinstance(Liar(), Quacks))


class Meta(ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self): ...


print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__))


class Grows(ABC):
    @abstractmethod
    def a(self): ...


Grows.a = lambda self: 1
print(sorted(Grows.__abstractmethods__), sorted(abc.update_abstractmethods(Grows).__abstractmethods__), Grows().a())
Grows.b = abstractmethod(lambda self: 2)
abc.update_abstractmethods(Grows)
print(sorted(Grows.__abstractmethods__), abc.update_abstractmethods(Plain) is Plain)


print(abc.abstractmethod(Duck.quack) is Duck.quack, Duck.quack.__isabstractmethod__)


class WithProp(ABC):
    @abc.abstractproperty
    def p(self): ...


print(sorted(WithProp.__abstractmethods__), abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__isabstractmethod__, abc.abstractstaticmethod.__mro__[1].__name__)
