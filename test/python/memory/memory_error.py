# MemoryError: raised after one collection, caught, and the program goes on;
# finalizers of garbage run in the collection that precedes it.
import gc
import weakref


class A:
    pass


def fill():
    hoard = []
    try:
        while True:
            hoard.append([0] * 1000)
    except MemoryError as e:
        return len(hoard), str(e)


n1, msg = fill()
print(msg)
n2, msg = fill()
print(abs(n1 - n2) <= 1, n1 > 100)

a = A()
weakref.finalize(a, print, "garbage finalized before the MemoryError")
a = None
n3, msg = fill()
print("again", abs(n3 - n1) <= 1)
try:
    x = "y" * (1 << 30)
except MemoryError as e:
    print(e)
