try:
    lenn([1])
except NameError as e:
    print(e.name, type(e.name).__name__)
def f():
    return undefined_thing
try:
    f()
except NameError as e:
    print(e.name)
class C:
    pass
c = C()
try:
    c.missing
except AttributeError as e:
    print(e.name, e.obj is c, e)
try:
    (5).nope
except AttributeError as e:
    print(e.name, e.obj)
try:
    C.other
except AttributeError as e:
    print(e.name, e.obj is C)
try:
    del c.zzz
except AttributeError as e:
    print(e.name, e.obj is c)
try:
    getattr([], "foo")
except AttributeError as e:
    print(e.name, e.obj)
e = AttributeError("msg", name="n", obj=3)
print(e.name, e.obj, e.args)
e = NameError("m", name="q")
print(e.name, NameError("x").name, AttributeError().obj)
try:
    NameError("m", obj=1)
except TypeError as t:
    print(t)
import math
try:
    math.nothing
except AttributeError as e:
    print(e.name, e.obj is math, e)
