# WeakSet, WeakKeyDictionary and WeakValueDictionary under collections at any point
# of an iteration (threshold and explicit collections, allocations in the loop body):
# entries whose objects die meanwhile are skipped, never "changed size during
# iteration", and are gone once the iteration ends.
import gc
import weakref


class O:
    def __init__(self, i):
        self.i = i


def fill_set(c, objs):
    for o in objs:
        c.add(o)


def fill_keys(c, objs):
    for o in objs:
        c[o] = o.i


def fill_values(c, objs):
    for o in objs:
        c[o.i] = o


kinds = [
    ("WeakSet iter", weakref.WeakSet, fill_set, lambda c: iter(c)),
    ("WeakSet repr", weakref.WeakSet, fill_set, lambda c: [repr(c)]),
    ("WeakKeyDictionary items", weakref.WeakKeyDictionary, fill_keys, lambda c: c.items()),
    ("WeakKeyDictionary keys", weakref.WeakKeyDictionary, fill_keys, lambda c: c.keys()),
    ("WeakKeyDictionary values", weakref.WeakKeyDictionary, fill_keys, lambda c: c.values()),
    ("WeakKeyDictionary keyrefs", weakref.WeakKeyDictionary, fill_keys, lambda c: c.keyrefs()),
    ("WeakValueDictionary items", weakref.WeakValueDictionary, fill_values, lambda c: c.items()),
    ("WeakValueDictionary keys", weakref.WeakValueDictionary, fill_values, lambda c: c.keys()),
    ("WeakValueDictionary values", weakref.WeakValueDictionary, fill_values, lambda c: c.values()),
    ("WeakValueDictionary valuerefs", weakref.WeakValueDictionary, fill_values, lambda c: c.valuerefs()),
    ("WeakValueDictionary itervaluerefs", weakref.WeakValueDictionary, fill_values, lambda c: c.itervaluerefs()),
]

print("-- a threshold collection at every point of the walk's start")
for name, make, fill, walk in kinds:
    errors = 0
    lengths = set()
    for threshold in range(0, 1600, 16):
        objs = [O(i) for i in range(60)]
        c = make()
        fill(c, objs)
        gc.collect()
        del objs[::2]  # 30 entries die at the next collection
        gc.threshold(threshold)
        try:
            for x in walk(c):
                pass
        except RuntimeError as e:
            errors += 1
        gc.threshold(-1)
        gc.collect()
        lengths.add(len(c))
    print(name, "errors", errors, "lengths", sorted(lengths))

print("-- objects dying inside the loop body, collections in the body")
for name, make, fill, walk in kinds:
    if "repr" in name:
        continue
    objs = [O(i) for i in range(20)]
    c = make()
    fill(c, objs)
    seen = 0
    gc.threshold(200)
    for x in walk(c):
        seen += 1
        if seen == 3:
            del objs[10:]  # 10 objects die, at the next threshold collection
            x = None
        junk = [str(seen) * 10 for j in range(10)]
    gc.threshold(-1)
    during = len(c)
    gc.collect()
    print(name, "after", len(c), "during <= 20", during <= 20)

print("-- len() while walking does not count the entries queued for removal")
objs = [O(i) for i in range(10)]
ws = weakref.WeakSet(objs)
wk = weakref.WeakKeyDictionary((o, o.i) for o in objs)
wv = weakref.WeakValueDictionary((o.i, o) for o in objs)
it_s, it_k, it_v = iter(ws), iter(wk.items()), iter(wv.items())
next(it_s), next(it_k), next(it_v)
objs = objs[:4]
gc.collect()
print(len(ws), len(wk), len(wv))
print(len(ws.data), len(wk.data), len(wv.data), "(queued, the walks go on)")
rest = sum(1 for _ in it_s), sum(1 for _ in it_k), sum(1 for _ in it_v)
print("rest of the walks", rest)
print(len(ws.data), len(wk.data), len(wv.data), "(removed once the walks ended)")

print("-- an abandoned walk ends when a collection frees its generator")
objs = [O(i) for i in range(6)]
wv = weakref.WeakValueDictionary((o.i, o) for o in objs)
walker = wv.keys()
print(next(walker))
objs = objs[:2]
gc.collect()  # frees 4 objects: queued, the suspended walk is still registered
print(len(wv), len(wv.data))
walker = None
gc.collect()  # frees the abandoned generator (no finally runs): its walk ends all the same
print(len(wv), len(wv.data), sorted(wv))
for k in wv.keys():
    break  # the generator is garbage at once: the next collection ends its walk
objs = None
gc.collect()
print(len(wv), len(wv.data))

print("-- mutating a container while iterating over it raises, as in CPython")
objs = [O(i) for i in range(3)]
ws = weakref.WeakSet(objs)
extra = O(99)
try:
    for o in ws:
        ws.add(extra)
except RuntimeError as e:
    print("RuntimeError:", e)
wk = weakref.WeakKeyDictionary((o, 1) for o in objs)
try:
    for o in wk:
        wk[extra] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(ws), len(wk))
