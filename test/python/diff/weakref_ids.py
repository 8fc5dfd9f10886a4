import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Node({self.name})"

a = Node("a")
b = a
r = weakref.ref(a)
print(r() is a, r() is b, r() == a, id(a) == id(b), a is b)
c = Node("a")
print(a is c, a == c, id(a) == id(c), r() is c)
x = [1, 2, 3]
y = x
z = list(x)
print(x is y, x is z, x == z, id(x) == id(y), id(x) != id(z))
y.append(4)
print(x, z)
print(None is None, type(None) is type(None), True is (1 == 1))
s1 = "hello"
print(s1 is s1, s1[:] is s1 or True)
t = (1, 2)
print(t is t, tuple(t) is t)
d = {}
print(weakref.ref(a) is r or weakref.ref(a)() is a)
keepalive = [Node(i) for i in range(3)]
refs = [weakref.ref(n) for n in keepalive]
print([r() for r in refs])
print(all(rr() is n for rr, n in zip(refs, keepalive)))
def make():
    return Node("tmp")
obj = make()
wr = weakref.ref(obj)
print(wr().name, wr() is obj)
ids = {id(n) for n in keepalive}
print(len(ids), id(keepalive[0]) in ids)
class Registry:
    def __init__(self):
        self.items = weakref.WeakValueDictionary() if hasattr(weakref, "WeakValueDictionary") else {}
reg = Registry()
print(callable(r))
m = [[0] * 2] * 2
m[0][0] = 9
print(m, m[0] is m[1])
m2 = [[0] * 2 for _ in range(2)]
m2[0][0] = 9
print(m2, m2[0] is m2[1])
def default_trap(item, bucket=[]):
    bucket.append(item)
    return bucket
print(default_trap(1), default_trap(2), default_trap(3, []))
print(default_trap(4) is default_trap(5))
