eg = ExceptionGroup("a", [ValueError(1), ValueError(2)])
print(repr(eg), str(eg), eg.message, eg.exceptions)
print(eg.subgroup(ValueError) is eg, eg.subgroup(lambda x: True) is eg, eg.split(ValueError)[0] is eg)
eg.add_note("n")
s = eg.subgroup(lambda x: x.args[0] == 1)
print(s, s.__notes__, s.__notes__ is eg.__notes__)
print(eg.subgroup(KeyError), eg.split(KeyError))
try:
    eg.split(5)
except TypeError as x: print(x)
for args in [(1, []), ("m", 5), ("m", []), ("m", [1]), ("m", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except Exception as x:
        print(type(x).__name__, x)
print(repr(BaseExceptionGroup("m", [ValueError()])), type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
class MyEG(ExceptionGroup): pass
try:
    MyEG("m", [KeyboardInterrupt()])
except TypeError as x: print(x)
class C(ExceptionGroup):
    def derive(self, excs):
        return C(self.message + "!", excs)
c = C("c", [ValueError(1), KeyError(2)])
print(repr(c.split(ValueError)))
print(repr(ExceptionGroup("x", (ValueError(1),))), ExceptionGroup("x", (ValueError(1),)).args)
print(BaseExceptionGroup.__mro__, ExceptionGroup.__mro__)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    e = ExceptionGroup("x", [ValueError(1)])
    e.add_note(5)
except TypeError as x: print(x)
e = ExceptionGroup("x", [ValueError(1)])
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.__notes__ = 5
    e.add_note("x")
except TypeError as x:
    print(x)
import traceback
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note A")
        raise ExceptionGroup("inner", [e, KeyError('k'), ExceptionGroup("nested", [TypeError("t")])])
try:
    g()
except ExceptionGroup as e:
    eg = e
    traceback.print_exc()
try:
    raise RuntimeError("outer") from eg
except RuntimeError as r:
    try:
        raise ExceptionGroup("top", [r, *[ValueError(i) for i in range(17)]])
    except Exception:
        traceback.print_exc()
print("".join(traceback.format_exception(ExceptionGroup("x", [ValueError(1)]))))
print(traceback.format_exception_only(ExceptionGroup("x", [ValueError(1)])))
def deep(n):
    return ExceptionGroup(f"level {n}", [ValueError(n)] if n == 0 else [deep(n - 1)])
traceback.print_exception(deep(12))
err = ValueError("with notes")
err.add_note("a note\nwith two lines")
try:
    raise err
except ValueError:
    traceback.print_exc()
raise ExceptionGroup("top", [r, KeyError(1)])
