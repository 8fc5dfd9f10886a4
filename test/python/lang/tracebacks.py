def a():
    b()

def b():
    try:
        c()
    except ValueError as e:
        raise RuntimeError("in b") from e

def c():
    raise ValueError("boom", 2)

try:
    a()
except RuntimeError:
    pass

def inner():
    return {}["k"]

def outer():
    try:
        inner()
    except KeyError:
        x = 1 / 0
    return x

outer()
