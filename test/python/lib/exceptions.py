e = ValueError("boom", 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), str(ValueError("x")), repr(ValueError("x")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(IndexError("i")), repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code, isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class Other(MyError):
    pass
try:
    raise Other("bad", 42)
except MyError as err:
    print(type(err).__name__, err, err.code, err.args, repr(err))
class NoSuper(Exception):
    def __init__(self, a):
        self.a = a
print(repr(NoSuper(1)), NoSuper(1).args, str(NoSuper(1)))
class WithStr(Exception):
    def __str__(self):
        return "custom:" + super().__str__()
print(WithStr("z"), repr(WithStr("z")))
try:
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("converted") from k
except ValueError as v:
    print(v, repr(v.__cause__), v.__context__ is v.__cause__, v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__, r.__suppress_context__)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args, t.__traceback__ is not None)
e2 = Exception("a")
e2.args = ("b", "c")
print(e2, e2.args)
try:
    [].pop()
except (KeyError, IndexError) as ex:
    print("caught", type(ex).__name__, ex)
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as si:
    print("StopIteration value:", si.value)
try:
    raise Exception("multi", "args", 3)
except Exception as ex:
    print(ex, ex.args[1:])
import sys
try:
    sys.exit(4)
except SystemExit as se:
    print("exit code", se.code)
print(ValueError("x") == ValueError("x"), isinstance(ValueError("x"), Exception), BaseException.__name__, ValueError.__mro__ if False else "")
raise KeyError("final")
