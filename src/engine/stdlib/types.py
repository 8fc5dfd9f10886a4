"""Names for the interpreter's built-in types, and SimpleNamespace, new_class (heapscope).

Each type is taken from a sample object of that type, since most of them have no
builtin name.
"""

import sys
import _types


def _plain_function():
    pass


def _generator_function():
    yield 1


async def _coroutine_function():
    pass


async def _async_generator_function():
    yield 1


class _Holder:
    def method(self):
        pass


def _raised_traceback():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__


def _a_cell():
    captured = 0
    return (lambda: captured).__closure__[0]


FunctionType = type(_plain_function)
LambdaType = type(lambda: None)
CodeType = type(_plain_function.__code__)
GeneratorType = type(_generator_function())
_sample = _coroutine_function()
CoroutineType = type(_sample)
_sample.close()
AsyncGeneratorType = type(_async_generator_function())
del _sample
MethodType = type(_Holder().method)
ModuleType = type(sys)
TracebackType = type(_raised_traceback())
CellType = type(_a_cell())

BuiltinFunctionType, BuiltinMethodType = type(abs), type([].copy)
WrapperDescriptorType, MethodWrapperType = type(object.__repr__), type(object().__repr__)
MethodDescriptorType = type(str.upper)
ClassMethodDescriptorType = type(dict.__dict__.get("fromkeys", abs))
GetSetDescriptorType = type(FunctionType.__dict__.get("__code__", None))
MemberDescriptorType = GetSetDescriptorType

NoneType, NotImplementedType, EllipsisType = type(None), type(NotImplemented), type(...)
GenericAlias, UnionType = type(tuple[str]), type(bytes | None)

_engine_mappingproxy = type(type.__dict__)
del _plain_function, _generator_function, _coroutine_function, _async_generator_function, _Holder, _raised_traceback, _a_cell


class _ProxyMeta(type):
    # isinstance(x, MappingProxyType) also holds for the engine's own class __dict__ views.
    def __instancecheck__(cls, obj):
        return type.__instancecheck__(cls, obj) or isinstance(obj, _engine_mappingproxy)


class MappingProxyType(metaclass=_ProxyMeta):
    # A read-only view of a mapping (the engine's own mappingproxy cannot be created
    # from Python, so this one stands in for it).
    __slots__ = ("_target",)

    def __init__(self, mapping):
        if isinstance(mapping, (list, tuple)) or not hasattr(mapping, "__getitem__"):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        object.__setattr__(self, "_target", mapping)

    def __getitem__(self, key):
        return self._target[key]

    def __contains__(self, key):
        return key in self._target

    def __iter__(self):
        return iter(self._target)

    def __reversed__(self):
        return reversed(self._target)

    def __len__(self):
        return len(self._target)

    def get(self, key, default=None):
        return self._target.get(key, default)

    def keys(self):
        return self._target.keys()

    def values(self):
        return self._target.values()

    def items(self):
        return self._target.items()

    def copy(self):
        return self._target.copy()

    def __or__(self, other):
        return dict(self._target) | other

    def __ror__(self, other):
        return other | dict(self._target)

    def __eq__(self, other):
        return self._target == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._target,)

    def __str__(self):
        return str(self._target)

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"


class SimpleNamespace:
    """An object whose attributes are the keywords it was made with."""

    def __init__(self, /, **kwargs):
        vars(self).update(kwargs)

    def __repr__(self):
        label = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if id(self) in _reprs_in_progress:
            return label + "(...)"  # the namespace contains itself
        _reprs_in_progress.add(id(self))
        try:
            shown = ["%s=%r" % pair for pair in vars(self).items()]
        finally:
            _reprs_in_progress.discard(id(self))
        return "%s(%s)" % (label, ", ".join(shown))

    def __eq__(self, other):
        if not (isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace)):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(vars(self)))


_reprs_in_progress = set()


def resolve_bases(bases):
    """BASES with each non-class that has __mro_entries__ replaced by what it returns."""
    if all(isinstance(b, type) or not hasattr(b, "__mro_entries__") for b in bases):
        return bases
    resolved = []
    for base in bases:
        if isinstance(base, type) or not hasattr(base, "__mro_entries__"):
            resolved.append(base)
            continue
        replacement = base.__mro_entries__(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        resolved.extend(replacement)
    return tuple(resolved)


def _most_derived_metaclass(candidate, bases):
    for base in bases:
        other = type(base)
        if issubclass(candidate, other):
            continue
        if not issubclass(other, candidate):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        candidate = other
    return candidate


def prepare_class(name, bases=(), kwds=None):
    """Return (metaclass, namespace, remaining keywords) for a class about to be made."""
    keywords = {} if kwds is None else dict(kwds)
    if 'metaclass' in keywords:
        metaclass = keywords.pop('metaclass')
    elif bases:
        metaclass = type(bases[0])
    else:
        metaclass = type
    if isinstance(metaclass, type):
        metaclass = _most_derived_metaclass(metaclass, bases)
    prepare = getattr(metaclass, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **keywords)
    return metaclass, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Make a class the way a class statement would; exec_body fills its namespace."""
    real_bases = resolve_bases(bases)
    metaclass, namespace, keywords = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return metaclass(name, real_bases, namespace, **keywords)


def get_original_bases(cls):
    return cls.__dict__.get("__orig_bases__", cls.__bases__)


class DynamicClassAttribute(property):
    pass


def coroutine(func):
    """Make a generator function usable in `await` (its generators become awaitable);
    any other callable is wrapped so that a generator it returns is awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & 0x180:
            # Already a coroutine function, or already marked.
            return func
        if flags & 0x20:
            _types.mark_iterable_coroutine(func)
            return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is CoroutineType:
            return result
        if type(result) is GeneratorType:
            if result.gi_code.co_flags & 0x100:
                return result
            return _AwaitableGenerator(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped


class _AwaitableGenerator:
    # A plain generator made awaitable by types.coroutine: awaiting it drives it.
    __slots__ = ('_gen',)

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()
