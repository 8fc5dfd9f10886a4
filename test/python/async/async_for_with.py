# async for, async with and async comprehensions, driven by hand (no event loop):
# every suspension of the innermost awaitable reaches the driver.
class Suspend:
    """An awaitable that suspends once, handing `tag` to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def drive(coro, answers=None):
    answers = list(answers or [])
    value = None
    try:
        while True:
            tag = coro.send(value)
            value = answers.pop(0) if answers else None
            print("driver saw", tag, "->", value)
    except StopIteration as e:
        return e.value

class Ticker:
    """A class-based async iterator."""
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await Suspend(f"tick{self.i}")
        return self.i

async def sum_ticks():
    total = 0
    async for i in Ticker(3):
        total += i
    else:
        print("loop ended")
    return total

print(drive(sum_ticks()))

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        await Suspend(f"enter {self.name}")
        print("entered", self.name)
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Suspend(f"exit {self.name}")
        print("exited", self.name, typ.__name__ if typ else None, val)
        return self.suppress

async def use_resources():
    async with Resource("a") as x, Resource("b") as y:
        print("inside", x, y)
    async with Resource("c", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Resource("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    return "done"

print(drive(use_resources()))

async def agen(n):
    for i in range(n):
        await Suspend(f"agen {i}")
        yield i

async def comprehensions():
    a = [x * 2 async for x in agen(3)]
    b = {x: await Suspend(f"value {x}") async for x in agen(2)}
    c = [await Suspend(f"elt {x}") for x in range(2)]
    d = {x async for x in agen(2) if x}
    e = [[y async for y in agen(x)] for x in range(3)]
    g = (x + 1 async for x in agen(2))
    f = [v async for v in g]
    return a, b, c, d, e, f, type(g).__name__

print(drive(comprehensions(), ["A", "B", "C", "D"]))

async def genexp_with_await():
    g = (await Suspend(x) for x in "pq")
    return [v async for v in g]

print(drive(genexp_with_await(), [1, 2]))

# Error messages.
class NoNext:
    def __aiter__(self):
        return 5
class BadNext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 3
class OnlyEnter:
    async def __aenter__(self):
        return 1
class BadEnter:
    def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 2
class Sync:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass

async def loop_over(x):
    async for i in x:
        pass

async def enter(x):
    async with x:
        pass

async def comp_over(x):
    return [i async for i in x]

for fn, arg in [(loop_over, 1), (loop_over, NoNext()), (loop_over, BadNext()), (comp_over, [1]),
                (enter, 1), (enter, OnlyEnter()), (enter, BadEnter()), (enter, BadExit()), (enter, Sync())]:
    c = fn(arg)
    try:
        c.send(None)
    except Exception as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__))
    c.close()
