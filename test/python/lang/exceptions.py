def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        elif x == 1:
            return 1 / 0
        return x
    except ValueError as e:
        print("caught", e)
        return -1
    except ZeroDivisionError as e:
        print("zde", e)
        return -2
    else:
        print("else")
    finally:
        print("finally", x)

print(f(0), f(1), f(2))

def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return "done"
print(g())

def h():
    try:
        return "try"
    finally:
        return "finally wins"
print(h())

try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__ is e.__cause__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(type(e.__context__).__name__, e.__context__)

def reraise():
    try:
        raise ValueError("inner")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("re", e)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    assert 1 == 2, "math"
except AssertionError as e:
    print("assert", e)

try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
e = None
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)

import nosuchmodule
