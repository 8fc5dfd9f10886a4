# A suspended generator keeps its locals alive, but not a value it has already yielded:
# once yielded, the value belongs to the consumer.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name


def produce():
    yield A("from a yield statement")
    got = yield A("from an assignment yield")
    print("sent:", got)
    keep = A("a local of the generator")
    weakref.finalize(keep, print, "freed: local")
    yield 3
    print("generator ends")


g = produce()
first = next(g)
weakref.finalize(first, print, "freed:", first.name)
first = None
gc.collect()
print("after the first collection")
second = next(g)
weakref.finalize(second, print, "freed:", second.name)
second = None
gc.collect()
print("after the second collection")
print(g.send("hello"))
gc.collect()
print("the local survives while the generator is suspended")
g = None
gc.collect()

print("generator expressions too")
ge = (A(str(i)) for i in range(3))
x = next(ge)
weakref.finalize(x, print, "freed: genexp item", x.name)
x = None
gc.collect()
print("genexp still suspended:", next(ge).name)
