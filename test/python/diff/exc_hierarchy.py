class AppError(Exception):
    """Base for app errors."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

class NotFoundError(AppError, LookupError):
    pass

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if not isinstance(user.get("age"), int):
        raise ValidationError("age", f"must be int, got {type(user.get('age')).__name__}")
    if user["age"] < 0:
        raise ValueError("age must be non-negative")
    return True

def find(users, name):
    for u in users:
        if u.get("name") == name:
            return u
    raise NotFoundError(name)

log = []
def process(user):
    try:
        log.append("try")
        validate(user)
    except ValidationError as e:
        log.append(f"validation[{e.field}]")
        return "invalid"
    except AppError:
        log.append("app")
        return "app"
    else:
        log.append("else")
        return "ok"
    finally:
        log.append("finally")

for u in [{"name": "a", "age": 3}, {"age": 3}, {"name": "b", "age": "x"}]:
    print(process(u), log); log.clear()
try:
    process({"name": "c", "age": -1})
except ValueError as e:
    print("escaped:", e, log)
users = [{"name": "ann"}]
for n in ["ann", "zed"]:
    try:
        print(find(users, n))
    except LookupError as e:
        print(type(e).__name__, e, isinstance(e, AppError), e.args)
print(NotFoundError.__mro__)
print(ValidationError.__doc__, AppError.__doc__)
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("cleanup", i)
    return i
print(g())
def h():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise
        except KeyError as e2:
            return repr(e2)
print(h())
e = ValidationError("f", "bad")
print(repr(e), str(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as exc:
        raise AppError("wrapped") from exc
except AppError as exc:
    print(repr(exc.__cause__), exc.__context__ is exc.__cause__, exc.__suppress_context__)
