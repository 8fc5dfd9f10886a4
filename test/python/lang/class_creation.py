class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        d = {"injected": 1}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flag=True):
    x = 1
print(A.injected)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t"):
    pass
print(Sub.tag)
class Fake:
    def __mro_entries__(self, bases):
        return (Base,)
class FromFake(Fake()):
    pass
print(FromFake.__mro__, [type(b).__name__ for b in FromFake.__orig_bases__])
class P:
    __secret = 5
    def get(self):
        return self.__secret
    def nested(self):
        def inner():
            return self.__secret
        return inner()
    def setit(self):
        self.__hidden = 3
        return self.__dict__
print(P().get(), P().nested(), P._P__secret, P().setit())
class G:
    def __class_getitem__(cls, item):
        return f"G[{item}]"
print(G[int])
def fn(self): return self
print(fn.__get__(5)(), fn.__get__(None, int) is fn)
class M:
    def meth(self):
        "doc of meth"
        return 1
M.meth.attr = 7
m = M().meth
print(m.__doc__, m.attr, m.__name__, m.__qualname__, m.__func__ is M.meth, m.__self__.__class__.__name__)
try:
    m.other = 1
except AttributeError as e:
    print(e)
class _Under:
    __v = 1
    class __Inner:
        __w = 2
    def names(self):
        return sorted(k for k in vars(type(self)) if "__" in k and not k.endswith("__"))
print(_Under().names(), _Under._Under__Inner._Inner__w)
class ___:
    __z = 3
print([k for k in vars(___) if k.endswith("z")])
class Lam:
    __k = 4
    f = staticmethod(lambda: [Lam.__k for _ in range(1)])
print(Lam.f())
class Recorder(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class RMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
class R(metaclass=RMeta):
    a = 1
    def b(self): pass
print(R.a)
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t, v, type(tb).__name__, tb is None or tb.tb_lineno)
        return True
with CM():
    pass
with CM():
    raise ValueError("x")
class Quiet:
    def __enter__(self): return self
    def __exit__(self, *a): return True
try:
    raise KeyError(1)
except KeyError:
    with Quiet():
        raise ValueError(2)
    try:
        raise TypeError(3)
    except TypeError as e:
        print(repr(e.__context__))
