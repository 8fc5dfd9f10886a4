# Methods taken from the class check their object: no generator method drives an async generator.
async def ag():
    yield 1

async def co():
    pass

GenType = type((lambda: (yield))())
c = co()
CoroType = type(c)
c.close()
for T, names in ((GenType, ("send", "throw", "__next__")), (CoroType, ("send", "throw", "close"))):
    for m in names:
        try:
            meth = getattr(T, m)
            print(meth(ag(), None) if m in ("send", "throw") else meth(ag()))
        except TypeError as e:
            print("TypeError", e)
AGenType = type(ag())
try:
    AGenType.asend((lambda: (yield))(), None)
except TypeError as e:
    print("TypeError", e)
