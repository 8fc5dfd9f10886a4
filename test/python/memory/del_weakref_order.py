# One collection frees an object that has weak references, a finalizer and __del__:
# the refs are cleared, then the weakref.finalize and ref callbacks run, then __del__.
# (The objects are in cycles, so CPython's own collector frees them, in the same order.)
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("__del__", self.name, "ref now:", r() if r is not None else None)


a = A("a")
r = weakref.ref(a, lambda ref: print("ref callback, ref() is", ref()))
f = weakref.finalize(a, print, "finalize callback")
a = None
print("collect")
gc.collect()
print("after collect", f.alive)

print("a weak reference created in __del__ to the dying object")
refs = []


class B:
    def __init__(self):
        self.me = self

    def __del__(self):
        refs.append(weakref.ref(self))
        print("in __del__ the new ref works:", refs[0]() is self)


r = None
b = B()
b = None
gc.collect()
gc.collect()
print("once collected again:", refs[0]())
print("end")
