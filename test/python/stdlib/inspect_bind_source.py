import inspect
import functools

def f(a, b=2, /, c=3, *args, d, e=5, **kw): pass
sig = inspect.signature(f)
print(sig)
for call in [((1,), {"d": 4}), ((1, 2, 3, 4, 5), {"d": 0, "z": 9}), ((), {"d": 1}),
             ((1,), {}), ((1,), {"a": 2, "d": 1}), ((1, 2), {"c": 1, "d": 1}),
             ((1, 2, 3), {"c": 4, "d": 1})]:
    args, kwargs = call
    try:
        ba = sig.bind(*args, **kwargs)
        print(ba.arguments, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(ba)
    except TypeError as exc:
        print("TypeError:", exc)

def g(a, b, *, c): pass
gs = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {}), ((1,), {"x": 1}), ((), {}), ((1, 2), {"c": 3, "b": 4})]:
    try:
        print(gs.bind(*args, **kwargs))
    except TypeError as exc:
        print("TypeError:", exc)
p = gs.bind_partial(1)
print(p, p.args, p.kwargs)
p = gs.bind_partial(c=1)
print(p, p.args, p.kwargs)
print(gs.bind(1, 2, c=3) == gs.bind(1, 2, c=3), gs == inspect.signature(g))

def h(a, /): pass
def k(*, a): pass
def m(a, /, *b, c): pass
for fn in (h, k, m):
    print(inspect.signature(fn), inspect.signature(fn).parameters)

P = inspect.Parameter
for bad in [lambda: P("x", 7), lambda: P("1x", P.KEYWORD_ONLY), lambda: P(3, P.KEYWORD_ONLY),
            lambda: P("x", P.VAR_POSITIONAL, default=1), lambda: P("x", P.VAR_KEYWORD, default=1),
            lambda: inspect.Signature([P("a", 1), P("a", 1)])]:
    try:
        bad()
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
q = P("x", P.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(q, q.replace(name="y"), q.replace(kind=P.KEYWORD_ONLY).kind, q == q.replace(), hash(q) == hash(q.replace()))
print(repr(P.VAR_KEYWORD), P.VAR_KEYWORD.description, P.KEYWORD_ONLY.name, P.KEYWORD_ONLY.value, P.KEYWORD_ONLY < P.VAR_KEYWORD)
print(inspect.signature(g).replace(return_annotation=int))

def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def wrapped(x, y=1):
    """Wrapped doc."""
    return x

print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped) is not wrapped, inspect.getdoc(wrapped))
print(inspect.getsource(wrapped), end="")

class Base:
    """Base doc.

        indented
    """
    def run(self):
        # a comment
        x = 1

        return x
class Child(Base):
    pass
print(repr(inspect.getdoc(Child)))
print(inspect.getsource(Base), end="")
print(inspect.getsource(Base.run), end="")
print(inspect.signature(Child), inspect.signature(Base().run))
class Called:
    def __call__(self, z, *, w=1): pass
print(inspect.signature(Called()))
print(repr(inspect.cleandoc("\n\n   a\n     b\n\n   c\n\n")))
print(repr(inspect.cleandoc("x\n\ty")))
try:
    inspect.signature(3)
except TypeError as exc:
    print(exc)
print(inspect.getfullargspec(f))
print(inspect.isabstract(Base), inspect.isdatadescriptor(property()), inspect.ismethoddescriptor(Base.__dict__["run"]))
print(inspect.getattr_static(Child(), "run") is Base.__dict__["run"], inspect.getattr_static(Child, "nope", 0))
print(inspect.getmodule(Base).__name__, inspect.getmodule(3) is None or inspect.getmodule(3))
