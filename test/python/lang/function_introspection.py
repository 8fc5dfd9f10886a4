# Function introspection used by decorators and exercises: __code__, __closure__,
# __kwdefaults__, cell_contents.
def add(a, b=2, *rest, c, d=4, **kw):
    x = 1
    return a


co = add.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:co.co_argcount])
print(co.co_varnames, co.co_flags & 0x0C, add.__code__ is co)
print(add.__defaults__, add.__kwdefaults__)


def outer():
    n = 5

    def inner():
        return n
    return inner


f = outer()
print(f.__closure__ is not None, len(f.__closure__), f.__closure__[0].cell_contents, add.__closure__)
print(f.__code__.co_freevars, outer.__code__.co_cellvars)


def gen():
    yield 1


print(bool(gen.__code__.co_flags & 0x20), bool(add.__code__.co_flags & 0x20))


def logged(fn):
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]

    def wrapper(*args):
        print(fn.__name__ + "(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, args)) + ")")
        return fn(*args)
    return wrapper


@logged
def area(width, height):
    return width * height


print(area(3, 4))
