# Module objects: their repr, __name__ on every module, setting and deleting attributes.
import sys, math, itertools, json, __main__
for m in (sys, math, itertools, json):
    print(m.__name__, m.__name__ in dir(m))
print(repr(sys), repr(itertools))
print(repr(__main__).startswith("<module '__main__'"))
__main__.added = 42
print(added)
del __main__.added
try:
    added
except NameError as e:
    print("NameError", e)
print(type(sys).__name__, isinstance(math, type(sys)))
