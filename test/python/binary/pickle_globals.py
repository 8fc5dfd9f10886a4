import pickle, functools, sys, itertools, collections, string
for o in [int, str, range, zip, map, filter, chr, ValueError, OSError, Exception, KeyError, StopIteration, functools.reduce, sys.intern, itertools.filterfalse, itertools.zip_longest, collections.UserDict, collections.UserList, bytes, bytearray, set, frozenset, object, dict, list, tuple, type, float, bool, len, print, ConnectionError, FileNotFoundError, BlockingIOError, ChildProcessError, ModuleNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError, TimeoutError, InterruptedError, IsADirectoryError, PermissionError, BaseException, GeneratorExit, SystemExit, KeyboardInterrupt, ArithmeticError, ZeroDivisionError, UnboundLocalError, EnvironmentError, ImportError, IndexError, TypeError, AttributeError, LookupError, collections.OrderedDict, collections.defaultdict, collections.deque, collections.Counter, collections.ChainMap]:
    print(getattr(o, '__qualname__', o), pickle.dumps(o, 2)[2:])
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__+':', __import__('re').sub(' at 0x[0-9a-f]+', '', str(e)))
def f(): pass
g = f
del f
t(lambda: pickle.dumps(g))
def h(): pass
h2 = h
def h(): pass
t(lambda: pickle.dumps(h2))
t(lambda: pickle.dumps(lambda: 1, 0))
