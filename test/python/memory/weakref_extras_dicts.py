# WeakValueDictionary and WeakKeyDictionary: the mapping protocol, and entries that
# disappear when the collector frees their objects.
import gc
import weakref
from weakref import WeakKeyDictionary, WeakValueDictionary


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


print("-- WeakValueDictionary")
a, b, c = Obj("a"), Obj("b"), Obj("c")
d = WeakValueDictionary({"a": a}, b=b)
d["c"] = c
print(type(d).__name__, type(d).__module__, len(d), d["a"], d.get("b"), d.get("zz", "default"))
print("a" in d, "zz" in d, sorted(d), sorted(d.keys()), sorted(d.values(), key=repr))
print(sorted(d.items()))
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
b = None
gc.collect()
print("after b died:", len(d), sorted(d), "b" in d, d.get("b"))
print(d.setdefault("a", Obj("other")), d.setdefault("n", c) is c)
print(d.pop("n") is c, d.pop("n", "gone"))
try:
    d.pop("n")
except KeyError as e:
    print("KeyError", e)
e = d.copy()
print(type(e).__name__, sorted(e.items()))
d["a"] = c  # replaces a's entry: a dying now must not remove it
a = None
gc.collect()
print(sorted(d.items()), len(d.valuerefs()))
print(d == {"a": c, "c": c}, d == e)
del d["a"]
print(sorted(d))
c = None
gc.collect()
print("all dead:", len(d), list(d.items()), len(e))
try:
    d.popitem()
except KeyError:
    print("popitem on empty: KeyError")
temp = Obj("t")
d.update([("t", temp)])
print(d.popitem(), len(d))
d.update(x=temp)
d.clear()
print(len(d))

print("-- WeakKeyDictionary")
k1, k2, k3 = Obj(1), Obj(2), Obj(3)
wk = WeakKeyDictionary({k1: "one"})
wk[k2] = "two"
wk.update([(k3, "three")])
print(type(wk).__name__, len(wk), wk[k1], wk.get(k2), wk.get(Obj(9), "missing"))
print(k1 in wk, Obj(1) in wk, 5 in wk, sorted(wk.values()))
print(sorted(repr(k) for k in wk), sorted((repr(k), v) for k, v in wk.items()))
wk[k1] = "uno"
print(wk[k1], len(wk), len(wk.keyrefs()))
k2 = None
gc.collect()
print("after k2 died:", len(wk), sorted(wk.values()))
print(wk.pop(k3), wk.pop(k3, "gone"), wk.setdefault(k1, "x"), wk.setdefault(k3, "new"))
del wk[k3]
cp = wk.copy()
print(type(cp).__name__, [(repr(k), v) for k, v in cp.items()])
k1 = None
gc.collect()
print("all dead:", len(wk), len(cp), list(wk.keys()))
try:
    wk[Obj(7)]
except KeyError:
    print("KeyError for a missing key")
