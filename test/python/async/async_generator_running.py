# ag_running while an asend is in progress, and the "already running" errors.
class P:
    def __await__(self):
        yield "p"
async def ag():
    await P()
    yield 1
g = ag()
a = g.__anext__()
print(g.ag_running)
a.send(None)
print(g.ag_running, g.ag_suspended if hasattr(g, "ag_suspended") else "-")
try:
    g.__anext__().send(None)
except RuntimeError as e:
    print(e)
try:
    g.aclose().send(None)
except RuntimeError as e:
    print(e)
try:
    a.send(None)
except StopIteration as e:
    print("value", e.value)
print(g.ag_running)
