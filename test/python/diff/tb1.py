class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
def validate(d):
    if "name" not in d:
        raise ValidationError("name", "required")
    return d
def process(items):
    out = []
    for it in items:
        try:
            out.append(validate(it))
        except ValidationError as e:
            print("caught", e, e.field, e.args, repr(e))
    return out
print(process([{"name": 1}, {}]))
def outer():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
try:
    outer()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)
def f():
    try:
        raise KeyError("k")
    finally:
        print("finally runs")
try:
    f()
except KeyError as e:
    print("KeyError", e, str(e), e.args[0])
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                return "ret"
        finally:
            print("fin", i)
print(g())
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__))
e = Exception("a", 1)
print(e, repr(e), e.args, str(Exception()), repr(Exception()), str(KeyError("x")), str(KeyError()), repr(KeyError("x", "y")))
print(isinstance(ValidationError("a", "b"), Exception), issubclass(KeyError, LookupError), ZeroDivisionError.__mro__)
try:
    raise AppError
except AppError as e:
    print("bare class raised:", repr(e))
else:
    print("no")
finally:
    print("done")
def gen():
    try:
        yield 1
        yield 2
    finally:
        pass
for x in gen():
    print(x)
    break
import sys
print(sys.version_info[:2] >= (3, 8), type(sys.argv))
class CustomStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise CustomStr()
except Exception as e:
    print(e, type(e).__name__)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
def level3(): return {}["missing"]
def level2(): return level3()
def level1():
    try:
        return level2()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    level1()
except RuntimeError:
    pass
    print("tb ok")
def recurse(n):
    if n == 0:
        raise ValueError("bottom")
    return recurse(n - 1)
try:
    recurse(50)
except ValueError as e:
    print(e)
level1()
