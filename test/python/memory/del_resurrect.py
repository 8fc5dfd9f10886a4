# A __del__ that stores self makes the object reachable again ("resurrection"):
# it lives on, fully usable, and its __del__ never runs a second time.
import gc

saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.items = [name] * 3

    def __del__(self):
        print("del", self.name)
        saved.append(self)


p = Phoenix("p")
p = None
gc.collect()
print("resurrected:", [s.name for s in saved], saved[0].items)
saved[0].items.append("more")
print(len(saved[0].items))
saved.clear()
gc.collect()
print("not called again")

print("resurrecting another object (reachable only from the dying one)")
keep = []


class Holder:
    def __init__(self, child):
        self.child = child

    def __del__(self):
        keep.append(self.child)


class Child:
    def __init__(self):
        self.v = {"k": [1, 2]}


h = Holder(Child())
h = None
gc.collect()
print(keep[0].v)
keep.clear()
gc.collect()

print("a cycle where one __del__ resurrects both")


class Pair:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del", self.name)
        if self.name == "x":
            saved.append(self)


x = Pair("x")
y = Pair("y")
x.other = y
y.other = x
x = y = None
gc.collect()
print(saved[0].name, saved[0].other.name, saved[0].other.other is saved[0])
saved.clear()
gc.collect()

print("a weak reference held by a resurrected object keeps working")
import weakref


class Target:
    pass


t = Target()


class Watcher:
    def __init__(self):
        self.r = weakref.ref(t, lambda r: print("target gone"))

    def __del__(self):
        saved.append(self)


w = Watcher()
w = None
gc.collect()
print(saved[0].r() is t)
t = None
gc.collect()
print(saved[0].r())

print("weak references to the objects a collection frees are cleared even if resurrected")
print("(a cycle, so that CPython's collector frees it too)")


class Owner:
    def __init__(self):
        self.me = self
        self.part = Target()
        self.r = weakref.ref(self.part)

    def __del__(self):
        saved.append(self)


saved.clear()
o = Owner()
o = None
gc.collect()
print(type(saved[0].part).__name__, saved[0].r())
print("end")
