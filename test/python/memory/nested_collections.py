# A callback that collects again: the nested collection runs its own callbacks,
# callbacks still owed by the outer collection wait (their arguments stay alive),
# and nothing runs twice.
import gc
import weakref


class A:
    def __init__(self, name):
        self.name = name


def outer_cb(name):
    print("outer callback", name)
    inner = A("inner")
    weakref.finalize(inner, print, "inner finalized (nested collection)")
    inner = None
    gc.collect()
    print("nested collect done")


x = A("x")
y = A("y")
weakref.finalize(x, outer_cb, "x")
s = "y" + str(1)
rs = weakref.ref(s, lambda r: print("y's argument freed"))
weakref.finalize(y, print, "y finalized with", s)
x = y = s = None
gc.collect()
print("outer done")
gc.collect()
print("end")
