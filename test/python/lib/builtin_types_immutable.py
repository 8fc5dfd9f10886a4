# Builtin types cannot be changed from Python (CPython's errors), and type.__setattr__
# works for classes of the program (a metaclass reaches it through super()).
tries = [
    lambda: object.__setattr__(int, "x", 1),
    lambda: type.__setattr__(int, "x", 1),
    lambda: setattr(str, "upper", None),
    lambda: delattr(list, "append"),
    lambda: int.__dict__.__setitem__("x", 1),
    lambda: vars(int).update(x=1),
    lambda: setattr(None, "x", 1),
    lambda: setattr(None.__class__, "x", 1),
    lambda: setattr(int, "__name__", "y"),
    lambda: setattr(int, "__qualname__", "y"),
    lambda: setattr(int, "__doc__", "y"),
    lambda: setattr(int, "__module__", "y"),
    lambda: setattr(int, "__bases__", (object,)),
    lambda: setattr(print, "x", 1),
    lambda: setattr((1).__class__, "x", 1),
    lambda: setattr(object(), "x", 1),
    lambda: object.__setattr__(None, "x", 1),
    lambda: setattr(NotImplemented, "x", 1),
    lambda: setattr(Ellipsis, "x", 1),
    lambda: setattr("", "x", 1),
    lambda: setattr((), "x", 1),
    lambda: setattr(ValueError, "x", 1),
    lambda: type.__setattr__(ValueError, "x", 1),
    lambda: setattr(type, "x", 1),
    lambda: setattr(object, "x", 1),
    lambda: object.__delattr__(int, "bit_length"),
    lambda: int.__init_subclass__(),
]
for i, f in enumerate(tries):
    try:
        f()
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__, e)
print(hasattr(int, "x"), int.__name__, str.upper("a"))
class M(type):
    def __setattr__(cls, n, v):
        print('meta set', n)
        super().__setattr__(n, v)
class C(metaclass=M): pass
C.x = 1
print(C.x)
type.__setattr__(C, 'y', 2); print(C.y)
type.__delattr__(C, 'y'); print(hasattr(C, 'y'))
for f in [lambda: type.__setattr__(1, 'x', 1), lambda: type.__setattr__(C, 'x'), lambda: type.__setattr__(C, 1, 1), lambda: type.__delattr__(C, 'zz'), lambda: object.__setattr__(C, 'x', 1)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
