class C:
    a = 1
    def m(self): pass
d = C.__dict__
print(type(d).__name__, d["a"], "m" in d, "zz" in d, d.get("a"), d.get("zz", 5))
C.b = 2
print(d["b"], "b" in d, len(d) == len(C.__dict__))
try:
    d["c"] = 3
except TypeError as e:
    print("TypeError", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
print(sorted(k for k in d if not k.startswith("__")), [k for k in d.keys() if k in ("a", "b")], d.copy()["a"])
print(sorted(k for k, v in d.items() if k in ("a", "b")), type(d.copy()).__name__)
del C.b
print("b" in d, d == C.__dict__)
