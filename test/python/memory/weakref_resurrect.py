# A finalizer's arguments survive the collection that runs it, so a finalizer may
# keep them; a ref callback only gets the (cleared) ref.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name


saved = []
a = A("a")
b = A("b")
rb = weakref.ref(b)
weakref.finalize(a, saved.append, b)
a = b = None
n = gc.collect()
print(len(saved), rb() is saved[0], saved[0].name)
saved.clear()
gc.collect()
print(rb())

print("a finalizer on an object reachable only from its own arguments never runs")
c = A("c")
f = weakref.finalize(c, print, "never", c)
c = None
gc.collect()
gc.collect()
print(f.alive, f.peek()[0].name)

print("finalizers registered inside a callback for a dying object run next time")
later = []


def register(x):
    d = A("d")
    later.append(d)
    weakref.finalize(d, print, "d finalized")


e = A("e")
weakref.finalize(e, register, None)
e = None
gc.collect()
print("after first", len(later))
later.clear()
gc.collect()
print("done")
