# Metaclasses, __init_subclass__, __set_name__, __class_getitem__, __slots__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj


class Base(metaclass=Meta, tag="base"):
    def __init__(self, x):
        self.x = x

    def hello(self):
        return "hello"


class Child(Base):
    y = 2


print(type(Base).__name__, type(Child).__name__, Base.tag, Child.tag)
c = Child(5)
print(c.x, c.created_by_meta, isinstance(c, Base), isinstance(Child, Meta))


class Registry:
    subclasses = []

    def __init_subclass__(cls, /, kind="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        Registry.subclasses.append(cls.__name__)


class A(Registry):
    pass


class B(Registry, kind="special"):
    pass


class C(B):
    pass


print(Registry.subclasses, A.kind, B.kind, C.kind)
try:
    class D(A, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value


class Record:
    first = Field()
    second = Field()


r = Record()
print(Record.first.name, Record.second.name, Record.first.owner, r.first)
r.first = 10
print(r.first, r.second)


class Seq:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Seq[int])


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__slots__)


def meta_func(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class F(metaclass=meta_func):
    pass


print(F.made_by, type(F).__name__)

Dyn = Meta("Dyn", (), {"z": 1}, tag="dyn")
print(Dyn.z, Dyn.tag, type(Dyn).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")


print(Config() is Config())
