# Coroutines in use: tracebacks, throw/close through awaits, methods and closures,
# await in every kind of expression, types.coroutine delegation.
import types, traceback

class Pause:
    def __init__(self, tag=None):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

def drive(coro, answers=()):
    answers = list(answers)
    value = None
    try:
        while True:
            tag = coro.send(value)
            value = answers.pop(0) if answers else None
            print("  driver saw", tag)
    except StopIteration as e:
        return e.value

async def leaf(n):
    await Pause("leaf")
    if n == 0:
        raise ValueError("bottom")
    return n

async def middle(n):
    return await leaf(n) + 1

async def top(n):
    try:
        return await middle(n)
    except ValueError as e:
        print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
        return "handled"

print(drive(top(0)))
print(drive(top(2)))

# throw() and close() reach the innermost awaiting frame.
async def inner():
    try:
        await Pause("inner")
    except KeyError as e:
        print("inner caught", repr(e))
        await Pause("after catch")
        return "inner result"
    finally:
        print("inner finally")

async def outer():
    try:
        r = await inner()
        print("outer got", r)
        await Pause("outer")
    finally:
        print("outer finally")

c = outer()
print(c.send(None))
print(c.throw(KeyError("k")))
print(c.send(None))
c.close()
print("closed", c.cr_running, c.cr_suspended)

# Methods, closures, nonlocal, decorators, qualnames.
def counter():
    count = 0
    async def bump(by):
        nonlocal count
        await Pause()
        count += by
        return count
    return bump

bump = counter()
print(drive(bump(2)), drive(bump(3)))

class Service:
    def __init__(self):
        self.log = []
    async def fetch(self, key):
        self.log.append(key)
        return key.upper()
    @staticmethod
    async def static():
        return "static"
    @classmethod
    async def cls(cls):
        return cls.__name__

s = Service()
co = s.fetch("a")
print(co.__qualname__, co.__name__, repr(co).split(" at ")[0])
print(drive(co), drive(Service.static()), drive(Service.cls()), s.log)

# await in many positions.
async def val(x):
    await Pause()
    return x

async def positions():
    d = {}
    d[await val("k")] = await val("v")
    lst = [await val(1), *(await val([2, 3]))]
    f = f"{await val('f')}-{await val(2) + 1}"
    cmp = (await val(1)) < (await val(2)) < (await val(3))
    call = max(await val(4), key=None, default=await val(0)) if False else max([await val(4), 1])
    cond = await val("yes") if await val(True) else await val("no")
    both = await val(0) or await val("right")
    attr = (await val(s)).log
    sub = (await val([10, 20]))[await val(1)]
    neg = -await val(5)
    power = await val(2) ** 3
    return d, lst, f, cmp, call, cond, both, attr, sub, neg, power

print(drive(positions()))

# types.coroutine generators may delegate to coroutines.
@types.coroutine
def legacy():
    r = yield from val("through legacy")
    return r

async def uses_legacy():
    return await legacy()

print(drive(uses_legacy()))

def plain_gen():
    c = val(1)
    try:
        yield from c
    finally:
        c.close()

try:
    list(plain_gen())
except TypeError as e:
    print(e)

# An uncaught error in a coroutine: the traceback.
async def fails():
    await Pause()
    {}["missing"]

c = fails()
c.send(None)
try:
    c.send(None)
except KeyError as e:
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
