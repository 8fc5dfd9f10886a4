import types, inspect
async def f(x):
    return x + 1
async def g(n):
    a = await f(n)
    b = await f(a)
    return a * b
c = g(2)
print(type(c).__name__, inspect.iscoroutine(c), inspect.iscoroutinefunction(g), inspect.isawaitable(c))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Aw:
    def __await__(self):
        x = yield "a"
        print("got", x)
        return 7
async def h():
    v = await Aw()
    w = await Aw()
    return v + w
c = h()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print("done", e.value)
async def bad():
    await 1
try:
    bad().send(None)
except TypeError as e:
    print(e)
@types.coroutine
def sleep0():
    x = yield "sleep"
    return x
async def s():
    r = await sleep0()
    return r
c = s()
print(c.send(None))
try: c.send(42)
except StopIteration as e: print("s", e.value)
print(inspect.isawaitable(sleep0()), inspect.isgeneratorfunction(sleep0))
print(repr(c)[:22])
async def exc():
    try:
        await Aw()
    except ValueError as e:
        print("caught", repr(e))
        return 5
c = exc(); c.send(None)
try: c.throw(ValueError("boom"))
except StopIteration as e: print("exc", e.value)
# Finished and closed coroutines cannot be resumed.
async def one():
    return 1
c = one()
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
for op in ("send", "throw", "close"):
    try:
        if op == "send":
            c.send(None)
        elif op == "throw":
            c.throw(ValueError)
        else:
            print("close", c.close())
    except BaseException as e:
        print(op, type(e).__name__, e)
c = one()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed:", e)
c = one()
try:
    c.throw(ValueError("x"))
except ValueError as e:
    print("throw before start:", e)
c = one()
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
c.close()
c = one()
print(c.cr_running, c.cr_code.co_name, c.cr_code.co_flags & 0x80, c.__name__, c.__qualname__)
c.close()
w = one().__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
class Bad:
    def __await__(self):
        return 5
async def use_bad():
    await Bad()
try:
    use_bad().send(None)
except TypeError as e:
    print(e)
class ReturnsCoro:
    def __await__(self):
        c = one()
        c.close()
        return c
async def use_rc():
    await ReturnsCoro()
try:
    use_rc().send(None)
except TypeError as e:
    print(e)
async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
async def sends_twice():
    c = one()
    await c
    await c
try:
    sends_twice().send(None)
except RuntimeError as e:
    print(e)
c = one()
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()
