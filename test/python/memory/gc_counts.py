# gc.collect() returns the number of objects it freed.
import gc


class A:
    pass


gc.collect()
print(gc.collect())
junk = [A() for i in range(100)]
junk = None
n = gc.collect()
print(n >= 101, n < 300)
print(gc.collect())
gc.threshold(100000)
print(gc.threshold())
gc.threshold(0)
gc.threshold(-5)
print(gc.threshold())
try:
    gc.threshold(1.5)
except TypeError as e:
    print(e)
try:
    gc.collect(1)
except TypeError:
    print("TypeError")
print(gc.mem_free() + gc.mem_alloc())
