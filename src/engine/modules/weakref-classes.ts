// `_weakrefset`: the Python part of `weakref` (WeakSet, WeakValueDictionary,
// WeakKeyDictionary, WeakMethod): our own code following the observable behaviour of
// CPython 3.11's classes. `weakref`'s PEP 562 __getattr__ (modules/weakref.ts)
// imports this module the first time a program names one of these classes.
//
// Entries vanish through `ref` callbacks, which run when a collection frees their
// objects (semantics.md), i.e. at any allocation, possibly in the middle of one of
// these methods or of a program's loop over the container. So, like CPython, every
// walk over a container's `data` (a loop over it, repr, a copy of its refs) is
// registered while it lasts (_begin_walk/_end_walk): meanwhile a callback only queues
// its entry in `_pending`, and the last walk to end removes the queued entries, so the
// underlying set or dict never changes size under a walk; an entry queued but not yet
// removed is not counted by len() and its dead ref is skipped. A walk is a small
// object held by the walking generator's frame: a loop abandoned half-way (its
// generator becomes garbage and, per semantics.md, runs no `finally`) ends its walk
// through a ref callback when a collection frees it. A callback removes its entry only
// if the entry still holds that very ref. Mutating a container while iterating over it
// raises RuntimeError, as in CPython.
// Deviations: WeakMethod (a `ref` subclass) returns `getattr(obj, name)` when that is the
// same function bound (else a closure: bound methods cannot be made from Python here);
// no KeyedRef, no __class_getitem__, no pickling.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
from weakref import ref

__all__ = ['WeakSet', 'WeakValueDictionary', 'WeakKeyDictionary', 'WeakMethod']


def _is_mapping(v):
    # What the | operators accept: a mapping (CPython asks collections.abc.Mapping).
    return isinstance(v, (dict, WeakValueDictionary, WeakKeyDictionary)) or (
        hasattr(v, 'keys') and hasattr(v, '__getitem__'))


class _MergeOperators:
    # The | operators of the weak dictionaries (plain, reflected and in place), over copy() and update().
    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        merged = self.__class__()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class _Walk:
    __slots__ = ('wr',)


def _begin_walk(container):
    # Register a walk over container.data; returns the token to pass to _end_walk.
    walk = _Walk()
    walks = container._walks

    def freed(wr):
        # The walk was abandoned (its generator was freed): end it now.
        walks.discard(wr)
        if not walks:
            container._flush()

    walk.wr = ref(walk, freed)
    walks.add(walk.wr)
    return walk


def _end_walk(container, walk):
    walks = container._walks
    walks.discard(walk.wr)
    if not walks:
        container._flush()


def _plain_refs(objects):
    # Callback-less refs: they compare equal to the stored ones while alive.
    return [ref(thing) for thing in objects]


def _address_repr(container):
    return f"<{type(container).__name__} at {id(container):#x}>"


def _same_mapping(container, other):
    if isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)):
        return dict(container.items()) == dict(other.items())
    return NotImplemented


class WeakSet:
    """A set of objects held only through weak references."""

    def __init__(self, data=None):
        refs = self.data = set()
        queued = self._pending = []
        walks = self._walks = set()

        def _remove(dead):
            # Under a walk the set must keep its size: queue the dead entry.
            if walks:
                queued.append(dead)
            else:
                refs.discard(dead)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _flush(self):
        queued = self._pending
        while queued:
            self.data.discard(queued.pop())

    def __iter__(self):
        walk = _begin_walk(self)
        try:
            for entry in self.data:
                alive = entry()
                if alive is not None:
                    yield alive
        finally:
            _end_walk(self, walk)

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def add(self, item):
        entry = ref(item, self._remove)
        self.data.add(entry)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        refs = self.data
        while refs:
            alive = refs.pop()()
            if alive is not None:
                return alive
        raise KeyError("pop from empty WeakSet")

    def remove(self, item):
        probe = ref(item)
        self.data.remove(probe)

    def discard(self, item):
        probe = ref(item)
        self.data.discard(probe)

    def update(self, other):
        for thing in other:
            self.add(thing)

    def __ior__(self, other):
        self.update(other)
        return self

    def union(self, other):
        merged = list(self)
        merged.extend(other)
        return type(self)(merged)
    __or__ = union

    def difference(self, other):
        result = self.copy()
        result -= other
        return result
    __sub__ = difference

    def difference_update(self, other):
        self -= other

    def __isub__(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(_plain_refs(other))
        return self

    def intersection(self, other):
        return type(self)([thing for thing in other if thing in self])
    __and__ = intersection

    def intersection_update(self, other):
        self &= other

    def __iand__(self, other):
        self.data.intersection_update(_plain_refs(other))
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self ^= other

    def __ixor__(self, other):
        if other is self:
            self.data.clear()
        else:
            fresh = [ref(thing, self._remove) for thing in other]
            self.data.symmetric_difference_update(fresh)
        return self

    def issubset(self, other):
        return self.data.issubset(_plain_refs(other))
    __le__ = issubset

    def issuperset(self, other):
        return self.data.issuperset(_plain_refs(other))
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < set(_plain_refs(other))

    def __gt__(self, other):
        return self.data > set(_plain_refs(other))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return self.data == set(_plain_refs(other))
        return NotImplemented

    __hash__ = None

    def isdisjoint(self, other):
        return not self.intersection(other)

    def __repr__(self):
        walk = _begin_walk(self)
        try:
            return repr(self.data)
        finally:
            _end_walk(self, walk)


class WeakValueDictionary(_MergeOperators):
    """A mapping whose values are held only through weak references."""

    __module__ = 'weakref'

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending = []
        self._walks = set()
        self.update(other, **kw)

    def _ref(self, key, value):
        table = self.data
        queued = self._pending
        walks = self._walks

        def remove(dead):
            # Drop the entry only if a later assignment has not replaced its ref.
            if walks:
                queued.append((key, dead))
            elif table.get(key) is dead:
                del table[key]

        return ref(value, remove)

    def _flush(self):
        table = self.data
        queued = self._pending
        while queued:
            key, dead = queued.pop()
            if table.get(key) is dead:
                del table[key]

    def _alive(self, key):
        # The value under key, or None when the key is absent or its value died.
        entry = self.data.get(key)
        return None if entry is None else entry()

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        return self._alive(key) is not None

    def __repr__(self):
        return _address_repr(self)

    def copy(self):
        clone = WeakValueDictionary()
        for key, value in self.items():
            clone[key] = value
        return clone
    __copy__ = copy

    def get(self, key, default=None):
        value = self._alive(key)
        return default if value is None else value

    def items(self):
        walk = _begin_walk(self)
        try:
            for key, entry in self.data.items():
                value = entry()
                if value is not None:
                    yield key, value
        finally:
            _end_walk(self, walk)

    def keys(self):
        walk = _begin_walk(self)
        try:
            for key, entry in self.data.items():
                if entry() is not None:
                    yield key
        finally:
            _end_walk(self, walk)
    __iter__ = keys

    def values(self):
        walk = _begin_walk(self)
        try:
            for entry in self.data.values():
                value = entry()
                if value is not None:
                    yield value
        finally:
            _end_walk(self, walk)

    def itervaluerefs(self):
        walk = _begin_walk(self)
        try:
            yield from self.data.values()
        finally:
            _end_walk(self, walk)

    def valuerefs(self):
        walk = _begin_walk(self)
        try:
            return [*self.data.values()]
        finally:
            _end_walk(self, walk)

    def popitem(self):
        table = self.data
        while True:
            key, entry = table.popitem()
            value = entry()
            if value is not None:
                return key, value

    def pop(self, key, *args):
        entry = self.data.pop(key, None)
        value = None if entry is None else entry()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def setdefault(self, key, default=None):
        value = self._alive(key)
        if value is not None:
            return value
        self.data[key] = self._ref(key, default)
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            source = other if hasattr(other, "items") else dict(other)
            for key, value in list(source.items()):
                self[key] = value
        for key in kwargs:
            self[key] = kwargs[key]

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        return _same_mapping(self, other)

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, WeakValueDictionary)):
            return NotImplemented
        merged = self.copy()
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, (dict, WeakValueDictionary)):
            return NotImplemented
        merged = type(self)()
        merged.update(other)
        merged.update(self)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary(_MergeOperators):
    """A mapping whose keys are held only through weak references."""

    __module__ = 'weakref'

    def __init__(self, dict=None):
        table = self.data = {}
        queued = self._pending = []
        walks = self._walks = set()

        def remove(dead):
            # dead is the ref stored as the key: it kept its hash when stored, and a
            # dead ref equals only itself.
            if walks:
                queued.append(dead)
            else:
                table.pop(dead, None)

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _flush(self):
        table = self.data
        queued = self._pending
        while queued:
            table.pop(queued.pop(), None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return _address_repr(self)

    def copy(self):
        clone = WeakKeyDictionary()
        for key, value in self.items():
            clone[key] = value
        return clone
    __copy__ = copy

    def get(self, key, default=None):
        probe = ref(key)
        return self.data.get(probe, default)

    def items(self):
        walk = _begin_walk(self)
        try:
            for entry, value in self.data.items():
                key = entry()
                if key is not None:
                    yield key, value
        finally:
            _end_walk(self, walk)

    def keys(self):
        walk = _begin_walk(self)
        try:
            for entry in self.data:
                key = entry()
                if key is not None:
                    yield key
        finally:
            _end_walk(self, walk)
    __iter__ = keys

    def values(self):
        walk = _begin_walk(self)
        try:
            for entry, value in self.data.items():
                if entry() is not None:
                    yield value
        finally:
            _end_walk(self, walk)

    def keyrefs(self):
        walk = _begin_walk(self)
        try:
            return [*self.data]
        finally:
            _end_walk(self, walk)

    def popitem(self):
        table = self.data
        while True:
            entry, value = table.popitem()
            key = entry()
            if key is not None:
                return key, value

    def pop(self, key, *args):
        probe = ref(key)
        return self.data.pop(probe, *args)

    def setdefault(self, key, default=None):
        entry = ref(key, self._remove)
        return self.data.setdefault(entry, default)

    def update(self, source=None, /, **kwargs):
        table = self.data
        if source is not None:
            if not hasattr(source, "items"):
                source = dict(source)
            for key, value in list(source.items()):
                table[ref(key, self._remove)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        return _same_mapping(self, other)

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self


class WeakMethod(ref):
    """A weak reference to a bound method: dead once its object or function is."""

    __module__ = 'weakref'

    def __new__(cls, meth, callback=None):
        try:
            target, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError(f"argument should be a bound method, not {type(meth)}") from None

        def part_died(_):
            holder = me()
            if holder is None or not holder._alive:
                return
            holder._alive = False
            if callback is not None:
                callback(holder)

        self = ref.__new__(cls, target, part_died)
        me = ref(self)
        self._obj_ref = ref(target)
        self._func_ref = ref(function, part_died)
        self._alive = True
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        target, function = self._obj_ref(), self._func_ref()
        if target is None or function is None:
            return None
        bound = getattr(target, function.__name__, None)
        if (getattr(bound, '__func__', None) is function
                and getattr(bound, '__self__', None) is target):
            return bound
        return lambda *args, **kwargs: function(target, *args, **kwargs)

    def _both_alive(self, other):
        return self._alive and other._alive

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not self._both_alive(other):
            return self is other
        return (self._obj_ref, self._func_ref) == (other._obj_ref, other._func_ref)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))
`;

export const createWeakrefsetModule = pythonModule("_weakrefset", () => SOURCE);
