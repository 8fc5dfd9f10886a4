# An uncaught exception through an async for over an async generator and two awaits.
async def a():
    raise ValueError("x")
async def b():
    await a()
async def agen():
    yield 1
    await b()
    yield 2
async def main():
    async for x in agen():
        print(x)
main().send(None)
