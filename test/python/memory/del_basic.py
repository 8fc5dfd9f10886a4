# __del__ runs when the collector frees the object: after the statement that drops
# the last reference, at the next collection (here gc.collect()), before it returns.
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = A("a")
a = None
gc.collect()
print("after a")

print("a subclass inherits __del__")


class B(A):
    pass


b = B("b")
del b
gc.collect()
print("after b")

print("an override, calling the base's")


class C(A):
    def __del__(self):
        print("C.__del__", self.name)
        super().__del__()


c = C("c")
c = None
gc.collect()

print("instances of subclasses of builtins and of exceptions")


class L(list):
    def __del__(self):
        print("del list", len(self))


class E(Exception):
    def __del__(self):
        print("del exception", self.args)


x = L([1, 2, 3])
x = None
gc.collect()
try:
    raise E("boom")
except E as err:
    print("caught", err)
gc.collect()

print("a cycle of two objects with __del__: both run, the objects see each other")


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name, "peer", self.peer.name)


p = Node("p")
q = Node("q")
p.peer = q
q.peer = p
p = q = None
gc.collect()

print("alive objects are not finalized by a collection")
keep = A("keep")
gc.collect()
print("still", keep.name)

print("__del__ can allocate and use the object's attributes")


class D:
    def __init__(self):
        self.data = [1, 2, 3]

    def __del__(self):
        print("sum", sum(self.data), [v * 2 for v in self.data])


d = D()
d = None
gc.collect()

keep = None
gc.collect()
print("end")
