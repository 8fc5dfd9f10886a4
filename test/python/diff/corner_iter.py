data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'c')]
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("bca"), sorted([1.5, 1, True, 0, False]), sorted([[2], [1, 5], [1]]))
try: sorted([1, 'a'])
except TypeError as e: print(e)
try: sorted([(1, 2), (1, 'a')])
except TypeError as e: print(e)
print(min([], default=5), max([], default=None, key=len), min([3, 1], default=9), max('abc', key=ord), min([[1], [0, 0]], key=len), max(1, 2, key=lambda x: -x))
for e in ["min([])", "max([], key=len)", "min(1, 2, default=3)", "max()", "min(1)", "max(iter([]))"]:
    try: print(eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
print(max([1, 3, 3.0], key=lambda x: x), min([(1, 'b'), (1, 'a')]), max([2, 2.0]), max([2.0, 2]))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2, 1])))
try: print(list(zip([1, 2], [1], strict=True)))
except ValueError as e: print(e)
try: print(list(zip([1], [1, 2], strict=True)))
except ValueError as e: print(e)
try: print(list(zip([1], [1], [1, 2], strict=True)))
except ValueError as e: print(e)
it = iter([1, 2, 3]); print(list(zip(it, it)), list(it))
n = [0]
def f():
    n[0] += 1
    return n[0]
print(list(iter(f, 4)))
import io
def g():
    yield 1
gg = g(); print(next(gg), next(gg, 'done'), list(gg), next(gg, 'again'))
def h():
    yield 1
    raise StopIteration('x')
try: print(list(h()))
except RuntimeError as e: print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def h2():
    next(iter([]))
    yield 1
try: print(list(h2()))
except RuntimeError as e: print(e)
def h3():
    return 5
    yield
x = h3()
try: next(x)
except StopIteration as e: print('stop', e.value, e.args)
print(list(enumerate('ab', start=-1)), list(reversed(range(3))), list(reversed([1, 2])), list(reversed('ab')), list(filter(None, [0, 1, '', 'a', None])))
class R:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i * 10
print(list(R()), list(reversed(R())), 10 in R(), list(iter(R())))
try: next(iter([]))
except StopIteration as e: print(repr(e))
try: iter(5)
except TypeError as e: print(e)
try: next([1])
except TypeError as e: print(e)
try: iter(f, 1, 2)
except TypeError as e: print(e)
try: iter(5, 1)
except TypeError as e: print(e)
try: reversed({1: 2}.keys()) and print('ok')
except TypeError as e: print(e)
try: reversed({1})
except TypeError as e: print(e)
gen = (i for i in range(3)); print(list(gen), list(gen), sum(i for i in []), any([]), all([]))
def gen2():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
g2 = gen2(); print(next(g2)); g2.close(); print('closed'); print(next(g2, 'exhausted'))
def gen3():
    while True:
        try:
            x = yield
        except ValueError:
            print('caught')
            yield 'after'
g3 = gen3(); next(g3); print(g3.throw(ValueError)); 
def gen4():
    yield from [1, 2]
    return 'r'
def gen5():
    r = yield from gen4()
    print('r=', r)
print(list(gen5()))
def running():
    next(rg)
    yield
rg = running()
try: next(rg)
except ValueError as e: print(e)
