# obj.__dict__ and vars(obj) are live views of the instance's attributes.
class P:
    def __init__(self):
        self.a = 1


p = P()
d = p.__dict__
print(d)
p.b = 2
print(d, vars(p) is d)
d["c"] = 3
print(p.c, hasattr(p, "c"))
del d["a"]
print(hasattr(p, "a"), sorted(vars(p)))
vars(p).update(x=10, y=20)
print(p.x + p.y, len(d))
p.__dict__.clear()
print(vars(p), hasattr(p, "b"))
p.z = 5
print(p.__dict__, p.z)
del p.z
print(p.__dict__)
q = P()
q.__dict__.setdefault("w", 7)
print(q.w, q.__dict__.pop("a"), vars(q))
