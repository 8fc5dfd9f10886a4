x: int = 5
y: "str"
print(__annotations__, x)
class C:
    "doc"
    a: int
    b: str = "hi"
    c: list = []
    def m(self, p: int, *args: str, q: float = 1.0, **kw: bool) -> None:
        z: int = 3
        w: undefined_name_ok
        return z
print(C.__annotations__, C.b, list(C.__dict__)[:4])
print(C.m.__annotations__)
def plain(a, b=2): pass
print(plain.__annotations__, (lambda q: q).__annotations__)
plain.__annotations__ = {"a": 1}
print(plain.__annotations__)
print(C().m(1))
class D(C):
    d: float = 0.5
print(D.__annotations__, "a" in D.__dict__)
class E:
    pass
print("__annotations__" in E.__dict__)
def outer():
    T = int
    class Inner:
        v: T = 1
        if True:
            u: dict
    def g(a: T) -> T: return a
    return Inner, g
I, g = outer()
print(I.__annotations__, g.__annotations__)
order = []
def note(tag):
    order.append(tag)
    return tag
class F:
    k: note("ann") = note("value")
print(order, F.__annotations__)
try:
    class G:
        bad: missing_name = 1
except NameError as e:
    print("NameError", e)
def h(a: "A", b: int = 3) -> "R":
    pass
print(h.__annotations__)
