def g():
    x = yield 1
    print('got', x)
    y = yield 2
    print('got', y)
it = g()
print(it.send(None))
try: it.send(5) and it.send(6)
except StopIteration: print('stop')
it2 = g()
try: it2.send(1)
except TypeError as e: print(e)
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == 'reset': i = 0
        else: i += 1
c = counter(); print(next(c), next(c), c.send('reset'), next(c))
c.close(); print(next(c, 'closed'))
def thrower():
    try:
        yield 1
    except KeyError as e:
        yield 'handled ' + str(e)
t = thrower(); next(t); print(t.throw(KeyError('k')))
try: t.throw(ValueError('v'))
except ValueError as e: print('propagated', e)
t2 = thrower()
try: t2.throw(IndexError)
except IndexError: print('unstarted throw')
print(next(t2, 'dead'))
def deleg():
    r = yield from thrower()
    return r
d = deleg(); next(d); print(d.throw(KeyError('via')))
print(type(g()).__name__, g().__name__, hasattr(g(), '__next__'), iter(it) is it)
gen = (x * 2 for x in range(3)); print(next(gen), list(gen))
def lazy():
    print('started')
    yield
l = lazy(); print('created'); next(l)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def ret_in_gen():
    yield 1
    return [1, 2]
try:
    g3 = ret_in_gen(); next(g3); next(g3)
except StopIteration as e: print('value', e.value)
def outer():
    def inner(): yield
    return inner()
print(outer().__qualname__, g().gi_running)
def selfref():
    yield gg.gi_running
gg = selfref(); print(next(gg))
