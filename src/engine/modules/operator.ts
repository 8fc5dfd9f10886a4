// `operator`, written in Python (modules/pysource.ts). Deviation: the functions are
// Python functions (type 'function', not 'builtin_function_or_method').
// Our own code over the observable behaviour of CPython's operator.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return True if a else False
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return __builtins__.abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a): return a.__index__()
def inv(a): return ~a
invert = inv
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
def concat(a, b):
    # Only sequences concatenate: numbers would otherwise be added.
    if getattr(type(a), "__getitem__", None) is None:
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b
def contains(a, b): return b in a
def _same(x, y):
    return x is y or x == y
def countOf(a, b):
    return sum(1 for x in a if _same(x, b))
def delitem(a, b): del a[b]
def getitem(a, b): return a[b]
def indexOf(a, b):
    position = 0
    for x in a:
        if _same(x, b):
            return position
        position += 1
    raise ValueError("sequence.index(x): x not in sequence")
def setitem(a, b, c): a[b] = c
def length_hint(obj, default=0):
    if not isinstance(default, int):
        default = default.__index__()
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    guess = hint(obj)
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError(f"'{type(guess).__name__}' object cannot be interpreted as an integer")
    if guess < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return guess

def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def iconcat(a, b):
    a += b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


def _describe(kind, shown):
    return f"operator.{kind}({', '.join(shown)})"


def _follow_path(obj, steps):
    for step in steps:
        obj = getattr(obj, step)
    return obj


class attrgetter:
    """attrgetter('a.b') fetches obj.a.b; with several names, a tuple of them."""

    __module__ = 'operator'
    __slots__ = ('_names', '_paths')

    def __init__(self, *names):
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._names = names
        self._paths = [name.split(".") for name in names]

    def __call__(self, obj):
        paths = self._paths
        if len(paths) == 1:
            return _follow_path(obj, paths[0])
        return tuple([_follow_path(obj, steps) for steps in paths])

    def __repr__(self):
        return _describe("attrgetter", [repr(n) for n in self._names])


class itemgetter:
    """itemgetter(k) fetches obj[k]; with several keys, a tuple of them."""

    __module__ = 'operator'
    __slots__ = ('_keys',)

    def __init__(self, *keys):
        if not keys:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._keys = keys

    def __call__(self, obj):
        keys = self._keys
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple([obj[k] for k in keys])

    def __repr__(self):
        return _describe("itemgetter", [repr(k) for k in self._keys])


class methodcaller:
    """methodcaller('m', *a, **kw)(obj) calls obj.m(*a, **kw)."""

    __module__ = 'operator'
    __slots__ = ('_method', '_pos', '_named')

    def __init__(*call, **named):
        if len(call) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, method, *pos = call
        if not isinstance(method, str):
            raise TypeError("method name must be a string")
        self._method = method
        self._pos = tuple(pos)
        self._named = named

    def __call__(self, obj):
        bound = getattr(obj, self._method)
        return bound(*self._pos, **self._named)

    def __repr__(self):
        shown = [repr(self._method)]
        shown += [repr(a) for a in self._pos]
        shown += [f"{key}={value!r}" for key, value in self._named.items()]
        return _describe("methodcaller", shown)


# The dunder spellings are the same functions: __add__ is add, __not__ is not_.
__lt__, __le__, __eq__, __ne__ = lt, le, eq, ne
__ge__, __gt__, __not__, __abs__ = ge, gt, not_, abs
__add__, __and__, __floordiv__, __index__ = add, and_, floordiv, index
__inv__, __invert__, __lshift__, __mod__ = inv, invert, lshift, mod
__mul__, __matmul__, __neg__, __or__ = mul, matmul, neg, or_
__pos__, __pow__, __rshift__, __sub__ = pos, pow, rshift, sub
__truediv__, __xor__, __concat__, __contains__ = truediv, xor, concat, contains
__delitem__, __getitem__, __setitem__ = delitem, getitem, setitem
`;

export const createOperatorModule = pythonModule("operator", () => SOURCE);
