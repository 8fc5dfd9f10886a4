# SyntaxErrors of async code, as CPython 3.11 words and places them.
cases = [
    "await x",
    "def f():\n    await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    lambda: await x",
    "def f():\n    [await x for y in z]",
    "[await x for y in z]",
    "def f():\n    [y async for y in z]",
    "def f():\n    (y async for y in z)",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    return 2\n    yield 1",
    "async def f():\n    def g():\n        [y async for y in z]",
    "async def f():\n    [[y async for y in z] for w in q]",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "def f():\n    [x for x in await y]",
    "async def f():\n    return [x for x in await y]",
    "async def f():\n    return {x: await x for x in y}",
    "async def f():\n    return (await x for x in y)",
    "def f():\n    return (await x for x in y)",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return [x for x in (z async for z in y)]",
    "async def f():\n    yield 1\n    return",
]
for src in cases:
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
