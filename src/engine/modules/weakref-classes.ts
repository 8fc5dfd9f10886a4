// `_weakrefset`: the Python part of `weakref` (WeakSet, WeakValueDictionary,
// WeakKeyDictionary, WeakMethod), after CPython 3.11's Lib/_weakrefset.py and
// Lib/weakref.py, simplified. `weakref`'s PEP 562 __getattr__ (modules/weakref.ts)
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
// Deviations: WeakMethod is not a subclass of `ref` (ref is not subclassable here) and its call
// returns `getattr(obj, name)` when that is the same function bound (else a closure);
// no KeyedRef, no __class_getitem__, no pickling.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
from weakref import ref

__all__ = ['WeakSet', 'WeakValueDictionary', 'WeakKeyDictionary', 'WeakMethod']


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


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._walks = set()
        items = self.data
        pending = self._pending
        walks = self._walks

        def _remove(item):
            if walks:
                pending.append(item)
            else:
                items.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def _flush(self):
        pending = self._pending
        while pending:
            self.data.discard(pending.pop())

    def __iter__(self):
        walk = _begin_walk(self)
        try:
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item
        finally:
            _end_walk(self, walk)

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update([ref(item) for item in other])
        return self

    def intersection(self, other):
        return self.__class__([item for item in other if item in self])
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update([ref(item) for item in other])
        return self

    def issubset(self, other):
        return self.data.issubset([ref(item) for item in other])
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set([ref(item) for item in other])

    def issuperset(self, other):
        return self.data.issuperset([ref(item) for item in other])
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set([ref(item) for item in other])

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set([ref(item) for item in other])

    __hash__ = None

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update([ref(item, self._remove) for item in other])
        return self

    def union(self, other):
        return self.__class__([e for s in (self, other) for e in s])
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        walk = _begin_walk(self)
        try:
            return repr(self.data)
        finally:
            _end_walk(self, walk)


class WeakValueDictionary:
    __module__ = 'weakref'

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._pending = []
        self._walks = set()
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data
        pending = self._pending
        walks = self._walks

        def remove(wr):
            if walks:
                pending.append((key, wr))
            elif data.get(key) is wr:
                del data[key]

        return ref(value, remove)

    def _flush(self):
        data = self.data
        pending = self._pending
        while pending:
            key, wr = pending.pop()
            if data.get(key) is wr:
                del data[key]

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = self._ref(key, value)

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new
    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        walk = _begin_walk(self)
        try:
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v
        finally:
            _end_walk(self, walk)

    def keys(self):
        walk = _begin_walk(self)
        try:
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k
        finally:
            _end_walk(self, walk)
    __iter__ = keys

    def itervaluerefs(self):
        walk = _begin_walk(self)
        try:
            yield from self.data.values()
        finally:
            _end_walk(self, walk)

    def valuerefs(self):
        walk = _begin_walk(self)
        try:
            return list(self.data.values())
        finally:
            _end_walk(self, walk)

    def values(self):
        walk = _begin_walk(self)
        try:
            for wr in self.data.values():
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            _end_walk(self, walk)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self.data[key] = self._ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in list(other.items()):
                self[key] = o
        for key, o in kwargs.items():
            self[key] = o

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        if not isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakKeyDictionary:
    __module__ = 'weakref'

    def __init__(self, dict=None):
        self.data = {}
        self._pending = []
        self._walks = set()
        data = self.data
        pending = self._pending
        walks = self._walks

        def remove(k):
            # k is the dead ref stored as the key: its hash was kept when it was stored,
            # and a dead ref equals only itself.
            if walks:
                pending.append(k)
            else:
                data.pop(k, None)

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self.data) - len(self._pending)

    def _flush(self):
        data = self.data
        pending = self._pending
        while pending:
            data.pop(pending.pop(), None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new
    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        walk = _begin_walk(self)
        try:
            for wr, value in self.data.items():
                key = wr()
                if key is not None:
                    yield key, value
        finally:
            _end_walk(self, walk)

    def keys(self):
        walk = _begin_walk(self)
        try:
            for wr in self.data:
                obj = wr()
                if obj is not None:
                    yield obj
        finally:
            _end_walk(self, walk)
    __iter__ = keys

    def values(self):
        walk = _begin_walk(self)
        try:
            for wr, value in self.data.items():
                if wr() is not None:
                    yield value
        finally:
            _end_walk(self, walk)

    def keyrefs(self):
        walk = _begin_walk(self)
        try:
            return list(self.data)
        finally:
            _end_walk(self, walk)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in list(dict.items()):
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self.data.clear()

    def __eq__(self, other):
        if not isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self


class WeakMethod:
    __module__ = 'weakref'

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        self_wr = ref(self)

        def _cb(arg):
            self = self_wr()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self._obj_ref = ref(obj, _cb)
        self._func_ref = ref(func, _cb)
        self._alive = True
        self.__callback__ = callback

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        m = getattr(obj, func.__name__, None)
        if getattr(m, '__func__', None) is func and getattr(m, '__self__', None) is obj:
            return m
        return lambda *args, **kwargs: func(obj, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return self._obj_ref != other._obj_ref or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))
`;

export const createWeakrefsetModule = pythonModule("_weakrefset", () => SOURCE);
