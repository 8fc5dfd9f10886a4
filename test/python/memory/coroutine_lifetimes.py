# Coroutines and async generators under the collector (semantics.md): a suspended one
# keeps its locals and what it awaits alive; an abandoned one is freed like a suspended
# generator, without running its `finally` blocks (and without CPython's "never
# awaited" warning); what it has already yielded belongs to the consumer.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name


class Pause:
    def __await__(self):
        yield "paused"


async def worker():
    keep = A("coroutine local")
    weakref.finalize(keep, print, "freed: coroutine local")
    try:
        await Pause()
        print("resumed")
        await Pause()
    finally:
        print("finally ran")


c = worker()
print(c.send(None))
gc.collect()
print("suspended coroutine keeps its local")
print(c.send(None))
c = None
gc.collect()
print("abandoned coroutine freed without its finally")


async def agen():
    local = A("agen local")
    weakref.finalize(local, print, "freed: agen local")
    try:
        yield A("yielded item")
        await Pause()
        yield 2
    finally:
        print("agen finally ran")


g = agen()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    item = e.value
weakref.finalize(item, print, "freed:", item.name)
item = None
step = None
gc.collect()
print("the yielded item is the consumer's; the local stays")
g = None
gc.collect()
print("abandoned async generator freed without its finally")


async def awaits_coroutine():
    inner = worker()
    weakref.finalize(inner, print, "freed: inner coroutine")
    await inner


outer = awaits_coroutine()
outer.send(None)
gc.collect()
print("the awaited coroutine lives while awaited")
outer = None
gc.collect()
print("end")
