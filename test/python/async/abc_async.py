# collections.abc and the async types: registrations and the async mixin methods.
from collections.abc import Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Generator
async def c(): return 1
async def ag(): yield 1
x = c(); g = ag()
print(isinstance(x, Coroutine), isinstance(x, Awaitable), isinstance(x, Generator))
print(isinstance(g, AsyncGenerator), isinstance(g, AsyncIterator), isinstance(g, AsyncIterable), isinstance(g, Awaitable))
x.close()
class MyAG(AsyncGenerator):
    def __init__(self): self.i = 0
    async def asend(self, v):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
    async def athrow(self, typ, val=None, tb=None):
        raise StopAsyncIteration
async def main():
    out = [v async for v in MyAG()]
    m = MyAG()
    await m.aclose()
    return out
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
class AI(AsyncIterator):
    pass
try:
    AI()
except TypeError as e:
    print(e)
