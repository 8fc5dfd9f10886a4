# The builtins aiter() and anext(), driven by hand.
async def ag():
    yield 1

class Aw:
    def __await__(self):
        yield "s"
        return 3

class It:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Aw()

for x in (1, It()):
    try:
        print(type(aiter(x)).__name__)
    except TypeError as e:
        print(e)
try:
    anext(1)
except TypeError as e:
    print(e)
g = ag()
a = anext(g, "dflt")
print(type(a).__name__, type(anext(g)).__name__)
try:
    a.send(None)
except StopIteration as e:
    print("first", e.value)
a = anext(g, "dflt")
try:
    a.send(None)
except StopIteration as e:
    print("second", e.value)

class NoAw:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

try:
    anext(NoAw(), 2).send(None)
except TypeError as e:
    print(e)

class BadAiter:
    def __aiter__(self):
        return 1

try:
    aiter(BadAiter())
except TypeError as e:
    print(e)

async def main():
    it = aiter(ag())
    print(await anext(it), await anext(it, "end"))

try:
    main().send(None)
except StopIteration:
    print("main done")
