# dir() of builtin types, instances and functions lists what CPython's does.
checks = {
    "object": (object, ["__class__", "__dict__", "__hash__", "__init__"]),
    "int": (int, ["real", "imag", "numerator", "denominator", "__divmod__", "__rdivmod__", "__bool__", "__radd__"]),
    "bool": (True, ["real", "__bool__", "__divmod__"]),
    "float": (1.5, ["real", "imag", "__bool__", "__divmod__"]),
    "str": ("s", ["__bool__", "__radd__", "__rmul__", "__rmod__", "__add__", "__len__"]),
    "list": ([], ["__bool__", "__radd__", "__rmul__", "__iadd__"]),
    "tuple": ((), ["__bool__", "__radd__", "__rmul__"]),
    "dict": ({}, ["__bool__", "__ror__", "__ior__"]),
    "set": (set(), ["__bool__", "__rand__", "__iand__"]),
    "range": (range(2), ["start", "stop", "step", "__bool__"]),
    "slice": (slice(1), ["start", "stop", "step"]),
    "None": (None, ["__bool__", "__hash__"]),
    "exception": (ValueError("x"), ["args", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__dict__"]),
    "builtin function": (len, ["__name__", "__qualname__", "__module__", "__self__", "__text_signature__", "__call__"]),
}
for label, (value, names) in checks.items():
    listed = dir(value)
    print(label, [n for n in names if n in listed], listed == sorted(listed))

def sample(a, b=2):
    return a
listed = dir(sample)
print([n for n in ["__name__", "__qualname__", "__defaults__", "__code__", "__globals__", "__closure__", "__kwdefaults__", "__annotations__", "__module__", "__dict__", "__get__"] if n in listed])
print((7).__divmod__(2), (7).__rdivmod__(30), True.__divmod__(2), (7).__divmod__(2.0), None.__bool__(), range(0).__bool__())
class Mine:
    def method(self):
        pass
print([n for n in dir(Mine) if not n.startswith("__")], "__dict__" in dir(Mine), "__dict__" in dir(Mine()))
