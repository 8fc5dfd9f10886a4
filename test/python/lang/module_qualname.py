class Outer:
    class Inner:
        def m(self):
            def g(): pass
            return g
    def meth(self): pass
def f():
    def g():
        class K: pass
        return K
    return g
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m().__qualname__)
print(f().__qualname__, f()().__qualname__, f()().__module__, Outer.__module__, Outer.meth.__module__)
print(Outer.__name__, Outer.Inner.__name__, repr(Outer.Inner), repr(f()()))
print((lambda: 0).__qualname__, [lambda: 0 for _ in [1]][0].__qualname__)
print(f.__name__, f.__qualname__)
import collections, functools
P = collections.namedtuple("P", "x y")
print(P.__module__, functools.partial.__module__)
class A: pass
print(A.__module__, f.__module__, repr(A))
ns = {"__name__": "mymod"}
exec("class B: pass\ndef g(): pass", ns)
print(ns["B"].__module__, ns["g"].__module__, repr(ns["B"]))
try:
    ns["g"](*5)
except TypeError as e:
    print(e)
