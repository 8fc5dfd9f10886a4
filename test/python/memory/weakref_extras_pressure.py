# Weak containers under collections that run at any allocation (gc.threshold):
# ref callbacks fire in the middle of the containers' own methods and of the
# program's loops over them; the containers must stay consistent.
# Expected output reasoned from semantics.md (CPython has no gc.threshold).
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n


gc.threshold(256)
ws = weakref.WeakSet()
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
keep = []
for i in range(300):
    o = Obj(i)
    ws.add(o)
    wv[i] = o
    wk[o] = i
    if i % 3 == 0:
        keep.append(o)
o = None
gc.collect()
print(len(ws), len(wv), len(wk))
print(sorted(x.n for x in ws) == [k.n for k in keep])
print(sorted(wv) == [k.n for k in keep], sorted(wk.values()) == [k.n for k in keep])

count = 0
for k, v in wv.items():
    count += 1
    if k == 0:
        keep = keep[:50]  # drops 50 objects; the threshold frees them while we iterate
        junk = [str(j) * 20 for j in range(200)]
        junk = None
print(count >= 50, len(wv), len(ws), len(wk))
k = v = None
gc.collect()
print(len(wv), len(ws), len(wk), sorted(wk.values()) == [x.n for x in keep])
gc.threshold(-1)
print(gc.threshold())
