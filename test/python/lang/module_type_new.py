# types.ModuleType / type(sys)(...): modules a program builds itself.
import sys, types
m = types.ModuleType("scratch", "made at run time")
print(m, m.__name__, m.__doc__, sorted(m.__dict__))
m.value = 41
m.value += 1
print(m.value, m.__dict__["value"], "value" in dir(m))
del m.value
print(hasattr(m, "value"))
other = type(sys)("other")
print(other, other.__doc__, isinstance(other, types.ModuleType))
kw = types.ModuleType(name="kw", doc="d")
print(kw.__name__, kw.__doc__)
def lazy(name):
    return "computed " + name
m.__getattr__ = lazy
print(m.anything)
sys.modules["scratch"] = m
import scratch
print(scratch is m)
for args in [(), (1,), ("a", "b", "c")]:
    try:
        types.ModuleType(*args)
    except TypeError as e:
        print("TypeError:", e)
