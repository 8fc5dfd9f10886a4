# WeakSet, WeakMethod, and weak containers whose entries vanish mid-iteration.
import gc
import weakref
from weakref import WeakSet


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n

    def hello(self):
        return "hello from %d" % self.n


def ns(s):
    return sorted(o.n for o in s)


objs = [Obj(i) for i in range(6)]
ws = WeakSet(objs[:3])
ws.add(objs[3])
ws.add(objs[3])
print(type(ws).__name__, type(ws).__module__, len(ws), ns(ws))
print(objs[0] in ws, objs[5] in ws, 42 in ws, "text" in ws)
ws.discard(objs[5])
ws.remove(objs[0])
try:
    ws.remove(objs[0])
except KeyError:
    print("KeyError on remove")
other = WeakSet(objs[2:])
print(ns(ws | other), ns(ws & other), ns(ws - other), ns(ws ^ other))
print(ws.issubset(objs), ws <= other, ws >= WeakSet(objs[1:2]), ws.isdisjoint(objs[4:]))
print(ws == WeakSet(objs[1:4]), ws == other, ns(ws.copy()))
objs[2] = None
gc.collect()
print("after Obj(2) died:", len(ws), ns(ws), len(other), ns(other))
popped = ws.pop()
print(popped in objs, len(ws))
ws.clear()
print(len(ws), ns(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError", e)
try:
    hash(ws)
except TypeError:
    print("WeakSet is unhashable")

print("-- entries vanishing while iterating")
objs = [Obj(i) for i in range(6)]
ws = WeakSet(objs)
wv = weakref.WeakValueDictionary((o.n, o) for o in objs)
wk = weakref.WeakKeyDictionary((o, o.n) for o in objs)
seen = []
for o in sorted(ws, key=lambda o: o.n):
    seen.append(o.n)
    if o.n == 1:
        objs[4] = None  # the list we iterate still holds it
o = None
gc.collect()
print(seen, len(ws))
seen = []
for k, v in wv.items():
    seen.append(k)
    if k == 1:
        objs[3] = None
        objs[5] = None
        v = None
        gc.collect()
print(seen, sorted(wv), len(wk))
seen = []
for k in wk:
    seen.append(k.n)
    if k.n == 0:
        objs[1] = None
        gc.collect()
k = None
print(seen, sorted(v for v in wk.values()), ns(ws))

print("-- WeakMethod")
o = Obj(7)
calls = []
wm = weakref.WeakMethod(o.hello, lambda m: calls.append(m() is None))
m = wm()
print(m(), m == o.hello, wm == weakref.WeakMethod(o.hello))
try:
    weakref.WeakMethod(len)
except TypeError:
    print("TypeError: not a bound method")
m = None
o = None
gc.collect()
print(wm(), calls)
