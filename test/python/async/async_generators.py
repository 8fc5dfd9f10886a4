# Async generators driven by hand: __anext__/asend/athrow/aclose awaitables, their
# states and CPython 3.11's messages.
class Aw:
    def __await__(self):
        x = yield "a"
        print("got", x)
        return 7

async def ag():
    v = await Aw()
    print("v", v)
    x = yield 1
    print("x", x)
    y = yield 2
    print("y", y)

def run(aw, *sends):
    try:
        r = aw.send(None)
        print("suspended", r)
        for s in sends:
            r = aw.send(s)
            print("suspended", r)
    except StopIteration as e:
        print("stop", e.value)
    except BaseException as e:
        print("exc", type(e).__name__, e)

g = ag()
print(type(g).__name__, type(g.__anext__()).__name__, type(g.aclose()).__name__, g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
run(a, "s1")
run(a)
run(g.asend("hello"))
run(g.asend("z"))
run(g.asend("z"))
run(g.aclose())
run(g.athrow(ValueError))

async def ag2():
    try:
        yield 1
    finally:
        print("fin")
        yield 5

g = ag2()
run(g.__anext__())
run(g.aclose())
run(g.aclose())
g = ag2()
run(g.athrow(KeyError("k")))
run(g.__anext__())
g = ag2()
run(g.__anext__())
run(g.athrow(KeyError("k")))

async def ag3():
    raise StopAsyncIteration
    yield

run(ag3().__anext__())

async def ag4():
    yield 1

a = ag4().asend(5)
run(a)
g = ag4()
run(g.__anext__())
a = g.__anext__()
run(a)
run(a)
print(g.ag_running, g.ag_code.co_name)
print(repr(g)[:30])
print(ag4.__code__.co_flags & 0x200)
# async for over an async generator, driven by hand.
def drive(coro):
    try:
        while True:
            x = coro.send(None)
            print("loop got", x)
    except StopIteration as e:
        return e.value

async def counter(n):
    for i in range(n):
        await Aw()
        yield i * 10

async def consume():
    out = []
    async for v in counter(3):
        out.append(v)
    else:
        out.append("else")
    return out

print(drive(consume()))

async def breaker():
    g = counter(5)
    async for v in g:
        if v == 10:
            break
    await g.aclose()
    return v

print(drive(breaker()))

async def finalizing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

async def early():
    g = finalizing()
    async for v in g:
        print("v", v)
        break
    await g.aclose()
    return "closed"

print(drive(early()))

async def sender():
    got = yield "first"
    while True:
        got = yield f"echo {got}"

async def talk():
    g = sender()
    print(await g.asend(None))
    print(await g.asend("a"))
    print(await g.asend("b"))
    await g.aclose()

drive(talk())

async def thrower():
    try:
        yield 1
    except KeyError as e:
        print("caught inside", repr(e))
        yield 2

async def use_athrow():
    g = thrower()
    print(await g.__anext__())
    print(await g.athrow(KeyError("x")))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")

drive(use_athrow())

async def agen_return():
    yield 1
    return

async def collect():
    return [x async for x in agen_return()]

print(drive(collect()))
import types, inspect
print(inspect.isasyncgenfunction(counter), inspect.isasyncgen(counter(1)), type(counter(1)) is types.AsyncGeneratorType)
print(inspect.iscoroutinefunction(counter), inspect.isgeneratorfunction(counter))
