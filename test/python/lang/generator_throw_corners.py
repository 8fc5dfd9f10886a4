# gen.throw() with classes whose construction misbehaves; yield from an exhausted generator.
class Refuses(Exception):
    def __new__(cls, *args):
        return "not an exception"

def waiting():
    try:
        yield 1
    except Exception as e:
        print("caught", type(e).__name__, e.args)
        yield 2

g = waiting()
next(g)
print(g.throw(KeyError, "k"))

g = waiting()
next(g)
try:
    g.throw(Refuses)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)

def returns():
    return "first result"
    yield

inner = returns()
def outer():
    print("got", (yield from inner))
    print("again", (yield from inner))
    yield "after"

print(list(outer()))
