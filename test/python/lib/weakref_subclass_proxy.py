# ref subclasses, WeakMethod as a ref, proxies, | on weak dictionaries.
def part_wr():
    import weakref, gc
    class A:
        def m(self): return "m"
        def __call__(self, x): return x * 2
        def __add__(self, o): return 42
        def __len__(self): return 3
        def __getitem__(self, k): return k
    a = A()
    class MyRef(weakref.ref):
        def __new__(cls, ob, callback=None, extra=None):
            return super().__new__(cls, ob, callback)
        def __init__(self, ob, callback=None, extra=None):
            super().__init__(ob, callback)
            self.extra = extra
    r = MyRef(a, None, "x")
    print(type(r).__name__, r() is a, r.extra, isinstance(r, weakref.ref), r.__callback__)
    def cb(ref): print("cb")
    r2 = weakref.ref(a, cb)
    print(r2.__callback__ is cb)
    wm = weakref.WeakMethod(a.m)
    print(isinstance(wm, weakref.ref), wm()())
    p = weakref.proxy(a)
    print(p + 1, len(p), p[5], p(4), p.m())
    print(type(p).__name__, repr(p)[:30] != "", p == p, bool(p), str(p)[:10])
    k = weakref.WeakKeyDictionary({a: 1})
    print(dict(k | {a: 2}).values(), type(k | {}).__name__)
    k |= {a: 3}
    print(k[a])
    v = weakref.WeakValueDictionary({1: a})
    print(list((v | {2: a}).keys()))
    del a
    gc.collect()
    try:
        p.m()
    except ReferenceError as e:
        print(e)
part_wr()

def part_wr2():
    import weakref, gc
    class A:
        pass
    a = A()
    class MyRef(weakref.ref):
        def __new__(cls, ob, callback=None, extra=None):
            return super().__new__(cls, ob, callback)
        def __init__(self, ob, callback=None, extra=None):
            super().__init__(ob, callback)
            self.extra = extra
    r = MyRef(a, None, "x")
    print(type(r).__name__, r() is a, r.extra, isinstance(r, weakref.ref), r.__callback__)
    def cb(ref): print("cb", type(ref).__name__, ref())
    r2 = MyRef(a, cb)
    print(r2.__callback__ is cb, r == weakref.ref(a))
    class Plain(weakref.ref):
        pass
    r3 = Plain(a)
    r3.note = 1
    print(r3.note, r3() is a)
    del a
    gc.collect()
    print(r(), r2.__callback__)
part_wr2()

def part_wr4():
    import weakref, gc
    class A:
        def m(self): return "m"
    a = A()
    def died(w): print("died", type(w).__name__)
    wm = weakref.WeakMethod(a.m, died)
    print(isinstance(wm, weakref.ref), wm()(), wm == weakref.WeakMethod(a.m))
    try:
        weakref.WeakMethod(len)
    except TypeError as e: print(e)
    del a
    gc.collect()
    print(wm())
part_wr4()
