def f1():
    try:
        raise ValueError('a')
    finally:
        raise KeyError('b')
try: f1()
except KeyError as e: print(repr(e), repr(e.__context__))
def f2():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f2())
def f3():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0: continue
    return 'end'
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 1: raise ValueError
        except ValueError:
            print('caught', i)
            continue
        finally:
            print('fin', i)
            if i == 3: break
    return i
print(f4())
def f5():
    try:
        return 1
    finally:
        print('finally runs')
print(f5())
def f6():
    x = 0
    while True:
        try:
            x += 1
            if x > 2: break
        finally:
            print('f6 fin', x)
    return x
print(f6())
try: raise
except RuntimeError as e: print(e)
def reraise():
    raise
try: reraise()
except RuntimeError as e: print(e)
try:
    try: raise TypeError('t')
    except (ValueError, TypeError) as e: print('tuple', e); raise
except TypeError as e: print('outer', e)
try: raise KeyError('k')
except LookupError as e: print('lookup', repr(e))
except KeyError: print('never')
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('v')
except ValueError as e: print(repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    try: 1/0
    except ZeroDivisionError as z: raise ValueError('v') from z
except ValueError as e: print(repr(e.__cause__), e.__suppress_context__)
e = None
try: raise ValueError
except ValueError as e: pass
try: print(e)
except NameError as ex: print(ex)
try:
    raise ValueError('x')
except ValueError as err:
    try: raise TypeError('y')
    except TypeError: pass
    import sys
    print(sys.exc_info()[0].__name__)
try: raise 5
except TypeError as e: print(e)
try: raise ValueError from 5
except TypeError as e: print(e)
class NotExc: pass
try: raise NotExc
except TypeError as e: print(e)
try:
    try: raise ValueError
    except NotExc: pass
except TypeError as e: print(e)
try:
    try: raise ValueError
    except (ValueError, 5): print('ok tuple first')
except TypeError as e: print(e)
try: [].pop()
except IndexError as e: print(e, e.args)
try: {}.popitem()
except KeyError as e: print(e, e.args)
try: set().pop()
except KeyError as e: print(e)
print(repr(ValueError()), str(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError('a')), str(KeyError()), repr(KeyError('a', 'b')))
try: raise StopIteration
except Exception as e: print(type(e).__name__, isinstance(e, Exception))
def gexit():
    try: yield 1
    except GeneratorExit: print('gexit'); raise
g = gexit(); next(g); g.close()
def gbad():
    try: yield 1
    except GeneratorExit: yield 2
g = gbad(); next(g)
try: g.close()
except RuntimeError as e: print(e)
e = Exception('msg'); e.add_note('note1') if hasattr(e, 'add_note') else None; print(getattr(e, '__notes__', None))

try: assert False, 'boom'
except AssertionError as e: print(e.args)
try: assert 1 == 2
except AssertionError as e: print(e.args)
def gen_ret():
    try:
        yield 1
    finally:
        return 'fin'
print(list(gen_ret()))
while True:
    try:
        break
    finally:
        print('break finally')
for i in range(2):
    try:
        continue
    finally:
        print('cont finally', i)
import sys
print(sys.exc_info(), sys.exception())
try: 1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, repr(sys.exception()))
    def inner(): return sys.exc_info()[0]
    print(inner().__name__)
print(sys.exc_info())
