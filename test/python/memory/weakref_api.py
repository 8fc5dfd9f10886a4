# weakref API details: __callback__, arity errors, callable refs, refs to weak
# objects, explicit finalize calls that raise, types' names.
import gc
import weakref


class A:
    pass


def cb(r):
    print("cb got its ref:", r is held[0], r())


a = A()
r0 = weakref.ref(a)
r1 = weakref.ref(a, None)
r2 = weakref.ref(a, cb)
print(r0.__callback__, r1.__callback__, r2.__callback__ is cb)
print(type(r0).__name__, type(weakref.finalize(a, id, 0)).__name__)
print(type(r0) is weakref.ref, isinstance(r2, weakref.ref))
print(r0() is a, r1() is a, r2() is a)
held = [r2]

for args in [(), (a, None, None)]:
    try:
        weakref.ref(*args)
    except TypeError:
        print("TypeError for", len(args), "arguments")
args = None  # the loop variable held `a`
try:
    weakref.finalize()
except TypeError:
    print("TypeError for finalize()")
try:
    r0(1)
except TypeError:
    print("TypeError calling a ref with an argument")


def boom(x):
    raise KeyError(x)


f = weakref.finalize(a, boom, "k")
try:
    f()
except KeyError as e:
    print("explicit call propagates", e)
print(f.alive, f(), f.peek(), f.detach())

rf = weakref.ref(weakref.finalize(a, print, "finalizer of a"))
print("a ref to an alive finalize:", rf() is not None, rf().alive)

a = None
gc.collect()
print(r0(), r1(), r2(), rf().alive)
gc.collect()
print("the dead finalize is freed by the next collection:", rf())
