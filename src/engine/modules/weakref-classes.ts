// `_weakrefset`: the Python part of `weakref` (WeakSet, WeakValueDictionary,
// WeakKeyDictionary, WeakMethod), after CPython 3.11's Lib/_weakrefset.py and
// Lib/weakref.py, simplified. `weakref`'s PEP 562 __getattr__ (modules/weakref.ts)
// imports this module the first time a program names one of these classes.
//
// Entries vanish through `ref` callbacks, which run when a collection frees their
// objects (semantics.md), i.e. at any allocation, possibly in the middle of one of
// these methods or of a program's loop over the container. So every iteration walks a
// snapshot (a list of the refs) and skips refs that died meanwhile, instead of CPython's
// _IterationGuard/_pending_removals; and a callback removes its entry only if the entry
// still holds that very ref.
// Deviations: mutating a container while iterating over it never raises RuntimeError;
// WeakMethod is not a subclass of `ref` (ref is not subclassable here) and its call
// returns `getattr(obj, name)` when that is the same function bound (else a closure);
// no KeyedRef, no __class_getitem__, no pickling.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
from weakref import ref

__all__ = ['WeakSet', 'WeakValueDictionary', 'WeakKeyDictionary', 'WeakMethod']


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        items = self.data

        def _remove(item):
            items.discard(item)

        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return len(self.data)

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
        return repr(self.data)


class WeakValueDictionary:
    __module__ = 'weakref'

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _ref(self, key, value):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]

        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

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
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k
    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

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
        data = self.data

        def remove(k):
            # k is the dead ref stored as the key: its hash was kept when it was stored,
            # and a dead ref equals only itself.
            data.pop(k, None)

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self.data)

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
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj
    __iter__ = keys

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def keyrefs(self):
        return list(self.data)

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
