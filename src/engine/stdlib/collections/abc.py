"""The abstract base classes of the container protocols (heapscope)."""

# heapscope's collections.abc. The "one-trick" ABCs (Hashable, Iterable, Sized, ...)
# recognise a class that defines their protocol methods: the @_protocol decorator gives
# each of them the same subclass hook, driven by the method names it lists. The richer
# ABCs (Set, Mapping, Sequence and their mutable forms) supply mixin methods written
# on top of the abstract ones. Builtin types are registered as virtual subclasses at
# the end of the module.

# Imported under private names: like CPython's, the module exports only its ABCs.
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstract
import operator as _operator
import sys as _sys

__all__ = ("Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator Hashable "
           "Iterable Iterator Generator Reversible Sized Container Callable Collection "
           "Set MutableSet Mapping MutableMapping MappingView KeysView ItemsView "
           "ValuesView Sequence MutableSequence ByteString").split()

_NO_ARG = object()


def _defines_all(klass, names):
    # True when every name is found along klass's MRO with a value other than None
    # (None written in a class opts out of the protocol); NotImplemented otherwise.
    for name in names:
        owner = next((k for k in klass.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _protocol(*names):
    # Class decorator: the class answers issubclass() for any class defining `names`.
    # Only the decorated class itself does; its subclasses fall back to the normal rules.
    def install(abc_class):
        def __subclasshook__(cls, candidate):
            if cls is abc_class:
                return _defines_all(candidate, names)
            return NotImplemented
        __subclasshook__.__qualname__ = abc_class.__name__ + ".__subclasshook__"
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return install


def _parameterize(cls, item):
    return _GenericAlias(cls, item)


def _raise_thrown(typ, val, tb):
    # The default body of the abstract throw()/athrow(): raise what was thrown in.
    exc = typ() if val is None and tb is not None else (typ if val is None else val)
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _close_by_throwing(obj, kind):
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(kind + " ignored GeneratorExit")


async def _aclose_by_throwing(agen):
    # The awaitable form of _close_by_throwing, for AsyncGenerator.aclose().
    try:
        await agen.athrow(GeneratorExit)
    except (StopAsyncIteration, GeneratorExit):
        return
    raise RuntimeError("asynchronous generator" + " ignored GeneratorExit")


@_protocol("__hash__")
class Hashable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __hash__(self):
        return 0


@_protocol("__await__")
class Awaitable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __await__(self):
        yield

    __class_getitem__ = classmethod(_parameterize)


@_protocol("__await__", "send", "throw", "close")
class Coroutine(Awaitable):
    __slots__ = ()

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, "coroutine")


@_protocol("__aiter__")
class AsyncIterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __aiter__(self):
        return AsyncIterator()

    __class_getitem__ = classmethod(_parameterize)


@_protocol("__anext__", "__aiter__")
class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @_abstract
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


@_protocol("__aiter__", "__anext__", "asend", "athrow", "aclose")
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        item = await self.asend(None)
        return item

    @_abstract
    async def asend(self, value):
        raise StopAsyncIteration

    @_abstract
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        await _aclose_by_throwing(self)


@_protocol("__iter__")
class Iterable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __iter__(self):
        return iter(())

    __class_getitem__ = classmethod(_parameterize)


@_protocol("__iter__", "__next__")
class Iterator(Iterable):
    __slots__ = ()

    @_abstract
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


@_protocol("__reversed__", "__iter__")
class Reversible(Iterable):
    __slots__ = ()

    @_abstract
    def __reversed__(self):
        return iter(())


@_protocol("__iter__", "__next__", "send", "throw", "close")
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @_abstract
    def send(self, value):
        raise StopIteration

    @_abstract
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self, "generator")


@_protocol("__len__")
class Sized(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __len__(self):
        return 0


@_protocol("__contains__")
class Container(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __contains__(self, x):
        return False

    __class_getitem__ = classmethod(_parameterize)


@_protocol("__len__", "__iter__", "__contains__")
class Collection(Sized, Iterable, Container):
    __slots__ = ()


@_protocol("__call__")
class Callable(metaclass=_ABCMeta):
    __slots__ = ()

    @_abstract
    def __call__(self, *args, **kwds):
        return False

    __class_getitem__ = classmethod(_parameterize)


def _alias_arg_repr(arg):
    if arg is ...:
        return "..."
    if isinstance(arg, list):
        return "[" + ", ".join(map(_alias_arg_repr, arg)) + "]"
    if isinstance(arg, type):
        # Builtin classes go by their bare name, others by their dotted path.
        owner = arg.__module__
        return arg.__qualname__ if owner == "builtins" else owner + "." + arg.__qualname__
    return repr(arg)


class _GenericAlias:
    # What Iterable[int] and friends evaluate to: prints like CPython's alias and keeps
    # __origin__/__args__ (the engine's GenericAlias cannot be created from Python).
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = tuple(args) if type(args) is tuple else (args,)

    def __repr__(self):
        inside = ", ".join(_alias_arg_repr(a) for a in self.__args__)
        return _alias_arg_repr(self.__origin__) + "[" + inside + "]"

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return (self.__origin__, self.__args__) == (other.__origin__, other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__,) + self.__args__)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")


def _set_operator(name, wants_set, combine):
    # Any iterable is accepted; with wants_set, one that is not a Set is first made
    # into one of self's kind so that membership tests on it are cheap.
    def operate(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        if wants_set and not isinstance(other, Set):
            return combine(self, self._from_iterable(other))
        return combine(self, other)
    operate.__name__ = name
    return operate


def _set_hash(items, count):
    # The frozenset hash algorithm, on Python ints wrapped to a machine word.
    word = _sys.maxsize
    mask = 2 * word + 1
    acc = (1927868237 * (count + 1)) & mask
    for item in items:
        h = hash(item)
        acc = (acc ^ ((h ^ (h << 16) ^ 89869747) * 3644798167)) & mask
    acc ^= (acc >> 11) ^ (acc >> 25)
    acc = (acc * 69069 + 907133923) & mask
    if acc > word:
        acc -= mask + 1
    return 590923713 if acc == -1 else acc


def _set_comparison(name, size_test, direction):
    # A Set comparison: the sizes must pass size_test, then every member of the
    # smaller side ("inner": self, "outer": other) must be in the larger one.
    def compare(self, other):
        if isinstance(other, Set):
            if not size_test(len(self), len(other)):
                return False
            small, big = (self, other) if direction == "inner" else (other, self)
            return all(member in big for member in small)
        return NotImplemented
    compare.__name__ = name
    return compare


class Set(Collection):
    __slots__ = ()

    # Comparisons are subset tests, with sizes checked first.
    __le__ = _set_comparison("__le__", _operator.le, "inner")
    __lt__ = _set_comparison("__lt__", _operator.lt, "inner")
    __eq__ = _set_comparison("__eq__", _operator.eq, "inner")
    __ge__ = _set_comparison("__ge__", _operator.ge, "outer")
    __gt__ = _set_comparison("__gt__", _operator.gt, "outer")

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, other):
        return not any(x in self for x in other)

    # Binary operators: (name, convert a non-Set operand with _from_iterable first?,
    # the result from self and the operand).
    __and__ = _set_operator("__and__", False,
                            lambda s, o: s._from_iterable(x for x in o if x in s))
    __or__ = _set_operator("__or__", False,
                           lambda s, o: s._from_iterable(x for side in (s, o) for x in side))
    __sub__ = _set_operator("__sub__", True,
                            lambda s, o: s._from_iterable(x for x in s if x not in o))
    __rsub__ = _set_operator("__rsub__", True,
                             lambda s, o: s._from_iterable(x for x in o if x not in s))
    __xor__ = _set_operator("__xor__", True, lambda s, o: (s - o) | (o - s))
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        return _set_hash(self, len(self))


class MutableSet(Set):
    __slots__ = ()

    @_abstract
    def add(self, value):
        raise NotImplementedError

    @_abstract
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        source = it if isinstance(it, Set) else self._from_iterable(it)
        for x in source:
            (self.discard if x in self else self.add)(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self


class Mapping(Collection):
    __slots__ = ()

    @_abstract
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            found = self[key]
        except KeyError:
            found = default
        return found

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    __reversed__ = None


# KeysView and ItemsView build plain sets from their operators.
_builtin_set_of = classmethod(lambda cls, it: set(it))


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(_parameterize)


class KeysView(MappingView, Set):
    __slots__ = ()

    _from_iterable = _builtin_set_of

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


def _same_object_or_equal(a, b):
    return a is b or a == b


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = _builtin_set_of

    def __contains__(self, item):
        key, value = item
        source = self._mapping
        try:
            stored = source[key]
        except KeyError:
            return False
        return _same_object_or_equal(stored, value)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield (key, source[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same_object_or_equal(v, value) for v in self)

    def __iter__(self):
        source = self._mapping
        for key in source:
            yield source[key]


class MutableMapping(Mapping):
    __slots__ = ()

    @_abstract
    def __setitem__(self, key, value):
        raise KeyError

    @_abstract
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_NO_ARG):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_ARG:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


class Sequence(Reversible, Collection):
    __slots__ = ()

    @_abstract
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # Indexes from 0 until the sequence raises IndexError (len() is not used).
        position = 0
        while True:
            try:
                item = self[position]
            except IndexError:
                return
            yield item
            position += 1

    def __contains__(self, value):
        return any(_same_object_or_equal(v, value) for v in self)

    def __reversed__(self):
        for position in range(len(self) - 1, -1, -1):
            yield self[position]

    def index(self, value, start=0, stop=None):
        # Negative bounds count from the end, like slice bounds.
        position = start
        if position is not None and position < 0:
            position = max(0, position + len(self))
        if (stop or 0) < 0:
            stop += len(self)
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same_object_or_equal(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return len([v for v in self if _same_object_or_equal(v, value)])


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @_abstract
    def __setitem__(self, index, value):
        raise IndexError

    @_abstract
    def __delitem__(self, index):
        raise IndexError

    @_abstract
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        last = len(self) - 1
        for low in range(len(self) // 2):
            high = last - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        # Extending with itself must not see the items it is adding.
        for v in (list(values) if values is self else values):
            self.append(v)

    def pop(self, index=-1):
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        found_at = self.index(value)
        del self[found_at]

    def __iadd__(self, values):
        self.extend(values)
        return self


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


def _register_builtins():
    import _collections
    coroutine = _sample_coroutine()
    coroutine.close()
    iterator_samples = (b"", bytearray(), {}.keys(), {}.values(), {}.items(), [],
                        reversed([]), range(0), set(), "", (), zip())
    registrations = [
        (Iterator, [type(iter(s)) for s in iterator_samples]),
        (Generator, [type((lambda: (yield))())]),
        (Coroutine, [type(coroutine)]),
        (AsyncGenerator, [type(_sample_async_generator())]),
        (Callable, [type(len), type(_defines_all), type(Sized.__subclasshook__)]),
        (Set, [frozenset]),
        (MutableSet, [set]),
        (Mapping, [type(type.__dict__)]),
        (KeysView, [type({}.keys())]),
        (ItemsView, [type({}.items())]),
        (ValuesView, [type({}.values())]),
        (MutableMapping, [dict]),
        (Sequence, [tuple, str, range]),
        (ByteString, [bytes, bytearray]),
        (MutableSequence, [list, bytearray, _collections.deque]),
    ]
    for abc_class, concrete in registrations:
        for klass in concrete:
            abc_class.register(klass)


_register_builtins()
del _register_builtins, _sample_coroutine, _sample_async_generator
