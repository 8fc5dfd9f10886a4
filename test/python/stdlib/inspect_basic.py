import inspect
import functools

def f(a, b=2, *args, c, d=4, **kw):
    """Do things.

    More detail here.
    """
def g(x, /, y, *, z=None): pass
def h(a: int, b: "str" = "x") -> list[int]: pass
def gen():
    yield 1
class C:
    """Doc of C."""
    def __init__(self, p, q=1): pass
    def method(self, r): return r
    @staticmethod
    def st(u): pass
    @classmethod
    def cm(cls, v): pass
    attr = 5
for obj in (f, g, h, C, C(1).method, C.st, C.cm, lambda x, *y: 0, functools.partial(f, 1, c=3)):
    print(inspect.signature(obj))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, repr(p))
print(repr(sig))
ba = sig.bind(1, 2, 3, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba)
try:
    sig.bind()
except TypeError as e:
    print(e)
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).method), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print([n for n, v in inspect.getmembers(C) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print(inspect.getdoc(f))
print(inspect.cleandoc("  first\n    second\n      third\n"))
print(inspect.getsource(h))
print(inspect.getsource(C.method))
print(inspect.signature(h).return_annotation, inspect.signature(h).parameters["a"].annotation)
print(inspect.getfullargspec(f))
print(str(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3)))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_OR_KEYWORD)]))
print(inspect.getmro(bool))
