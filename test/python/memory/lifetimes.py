# When things become garbage: classes, functions, bound methods, handled
# exceptions, finished generators, threshold collections mid-loop.
import gc
import weakref


class C:
    def m(self):
        pass


def f():
    pass


rc = weakref.ref(C)
rf = weakref.ref(f)
o = C()
ro = weakref.ref(o)
del C
gc.collect()
print("an instance keeps its class:", rc() is not None)
del o, f
gc.collect()
print(rc(), rf(), ro())



class D:
    def m(self):
        pass


o = (lambda: 1)
r = weakref.ref(o)
o = None
gc.collect()
print("lambda:", r())

holder = D()
r = weakref.ref(holder.m)
gc.collect()
print("a bound method made for one expression:", r())


class E(Exception):
    pass


def handler():
    try:
        raise E("x" + str(1))
    except E as e:
        r = weakref.ref(e)
        gc.collect()
        print("in the handler:", r() is e)
    gc.collect()
    print("after the handler:", r())


handler()


def gen(obj):
    yield 1


t = D()
rt = weakref.ref(t)
it = gen(t)
t = None
next(it)
gc.collect()
print("suspended generator holds it:", rt() is not None)
for _ in it:
    pass
gc.collect()
print("finished generator lets go:", rt())

events = []
t = D()
weakref.finalize(t, events.append, "finalized")
t = None
gc.threshold(1000)
for i in range(1000):
    l = [i] * 10
    if events:
        print("finalized by a threshold collection during the loop:", i > 0)
        break
gc.threshold(-1)
