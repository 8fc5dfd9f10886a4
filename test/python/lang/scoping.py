class A:
    x = 1
    y = [x for _ in range(2)] if False else None
    def f(self):
        return x

try:
    A().f()
except NameError as e:
    print(e)

def f():
    x = 1
    class B:
        x = 2
        def g(self):
            return x
    return B().g()
print(f())

if __name__ == "__main__":
    print("main")

import math as m
from math import sqrt
print(m.floor(2.5), sqrt(16.0))
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import nosuch_mod
except ModuleNotFoundError as e:
    print(e)
