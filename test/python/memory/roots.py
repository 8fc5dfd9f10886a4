# Every kind of container and holder keeps its contents alive, and lets go of
# them when it is itself dropped.
import gc
import weakref


class A:
    def method(self):
        return 1


class Holder:
    pass


def check(label, make_holder):
    a = A()
    r = weakref.ref(a)
    holder = make_holder(a)
    a = None
    gc.collect()
    alive = r() is not None
    holder = None
    gc.collect()
    gc.collect()  # what a finalizer's arguments held is freed one collection later
    print(label, alive, r() is None)


def gen(o):
    yield 1
    yield o


def started(o):
    g = gen(o)
    next(g)
    return g


def default_arg(o):
    def f(x=o):
        return x
    return f


def class_attr(o):
    class H:
        x = o
    return H


def instance_attr(o):
    h = Holder()
    h.attr = o
    return h


check("list", lambda o: [o])
check("tuple", lambda o: (o, 1))
check("dict value", lambda o: {"k": o})
check("dict key", lambda o: {o: 1})
check("set", lambda o: {o})
check("frozenset", lambda o: frozenset([o]))
check("nested lists", lambda o: [[[[o]]]])
check("instance attribute", instance_attr)
check("closure", lambda o: (lambda: o))
check("default argument", default_arg)
check("bound method", lambda o: o.method)
check("unstarted generator", lambda o: gen(o))
check("started generator", started)
check("exception argument", lambda o: ValueError(o))
check("list iterator", lambda o: iter([o]))
check("zip", lambda o: zip([o]))
check("map", lambda o: map(id, [o]))
check("enumerate", lambda o: enumerate([o]))
check("dict values view", lambda o: {1: o}.values())
check("class attribute", class_attr)
check("finalize argument", lambda o: (lambda t: (t, weakref.finalize(t, id, o)))(A()))
check("ref callback", lambda o: (lambda t: (t, weakref.ref(t, lambda r, o=o: None)))(A()))
