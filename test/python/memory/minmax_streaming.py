# min, max, heapq.nlargest/nsmallest keep only what they still need (semantics.md):
# the best item and its key (or the n kept entries), never every item seen; and what
# they keep is never freed under them, even with a collection at every key call.
import gc
import heapq
import weakref

gc.collect()
base = gc.mem_alloc()
peak = 0


def key(l):
    global peak
    used = gc.mem_alloc() - base
    if used > peak:
        peak = used
    return l[0]


gc.threshold(20000)
# 20,000 lists of 20 items, 176 bytes each: 3.5 MB if they were all kept.
print(max(([i % 7] * 20 for i in range(20000)), key=key)[:2], peak < 100000)
peak = 0
print(min(([i % 7 + 1] * 20 for i in range(20000)), key=key)[:2], peak < 100000)
peak = 0
print([l[0] for l in heapq.nlargest(3, ([i % 9] * 20 for i in range(20000)), key=key)], peak < 100000)
peak = 0
print([l[0] for l in heapq.nsmallest(3, ([i % 9] * 20 for i in range(20000)), key=key)], peak < 100000)
gc.threshold(-1)


class Item:
    def __init__(self, v):
        self.v = v


dead = []


def collecting_key(item):
    gc.collect()
    k = Item(item.v * 10)
    weakref.finalize(k, dead.append, item.v)
    return k.v


def items():
    for v in [3, 9, 4, 9, 1]:
        yield Item(v)


best = max(items(), key=collecting_key)
# Every item's key object is garbage once its key was read (a key is an int here);
# the best item itself survived every collection.
print(best.v, sorted(dead))
r = weakref.ref(best)
best = None
gc.collect()
print(r())
