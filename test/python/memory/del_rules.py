# heapscope's own rules for __del__ where a tracing collector differs from CPython's
# reference counting (the .exp is reasoned from docs/architecture.md, not CPython's):
# __del__ runs only when a collection frees the object, freed objects are finalized
# in allocation (id) order, the class must define __del__ when the object is created,
# and live objects are not finalized at exit.
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("nothing happens until a collection")
a = A("a")
a = None
print("dropped")
gc.collect()

print("allocation order, whatever the structure")
items = [A(str(i)) for i in range(4)]
items.reverse()
items = None
gc.collect()

print("gc.disable() stops automatic collections only")
gc.disable()
for i in range(3):
    A("off" + str(i))
print("none yet")
gc.collect()
gc.enable()

print("threshold collections run __del__ too")
count = 0


class Counted:
    def __del__(self):
        global count
        count += 1


gc.threshold(2000)
for i in range(200):
    Counted()
gc.threshold(-1)
print("during the loop:", count > 0, count < 200)
gc.collect()
print("in all:", count)

print("a collection inside __del__")


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("N.__del__", self.name, "collect ->", gc.collect() >= 0)


n1 = N("n1")
n1.garbage = A("inner")
n2 = N("n2")
n1 = n2 = None
gc.collect()

print("MemoryError inside __del__ is reported, the program goes on")


class Greedy:
    def __del__(self):
        x = "a" * (10**9)


g = Greedy()
g = None
gc.collect()
print("still running")

print("a __del__ added to the class after creation does not count")


class Late:
    pass


late = Late()
Late.__del__ = lambda self: print("late del")
late = None
gc.collect()
later = Late()
later = None
gc.collect()

print("live objects are not finalized at exit")
keep = A("keep")
print("end")
