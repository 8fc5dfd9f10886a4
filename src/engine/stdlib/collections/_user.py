"""ChainMap, UserDict, UserList, UserString (loaded on first use by collections)."""

# Each User* class keeps the wrapped builtin in `.data` and forwards to it; results
# that are of the wrapped type come back re-wrapped in the caller's own class.

from abc import update_abstractmethods as _update_abstracts
from collections.abc import MutableMapping, MutableSequence, Sequence
import operator as _operator
import reprlib as _reprlib
import sys as _sys

_END = _sys.maxsize


def _rewrap(obj, value):
    # A value of the wrapped type, handed back as an instance of obj's class.
    return obj.__class__(value)


def _inner(value, wrapper_type):
    # The wrapped builtin behind a User* operand; anything else passes unchanged.
    if isinstance(value, wrapper_type):
        return value.data
    return value


def _shallow_copy(obj, data_copy):
    # copy.copy of a User* object: same attributes, own copy of the data.
    clone = obj.__class__.__new__(obj.__class__)
    attrs = clone.__dict__
    attrs.update(obj.__dict__)
    attrs["data"] = data_copy
    return clone


class ChainMap(MutableMapping):
    # Several mappings seen as one: lookups search them in order, writes go to the first.

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # Subscripting (not `in`) so that a defaultdict layer still supplies values.
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        # Keys in the order a dict built from the last map to the first would have.
        order = {}
        for layer in self.maps[::-1]:
            for key in layer:
                order[key] = None
        return order

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    @_reprlib.recursive_repr()
    def __repr__(self):
        shown = ", ".join(repr(layer) for layer in self.maps)
        return type(self).__name__ + "(" + shown + ")"

    @classmethod
    def fromkeys(cls, iterable, *value):
        return cls(dict.fromkeys(iterable, *value))

    def copy(self):
        first, *rest = self.maps
        return self.__class__(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            front = kwargs
        else:
            front = m
            if kwargs:
                front.update(kwargs)
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _first_map_error(self, key):
        return KeyError("Key not found in the first mapping: " + repr(key))

    # The KeyError of the first map stays visible as the context of ours.

    def __delitem__(self, key):
        front = self.maps[0]
        try:
            del front[key]
        except KeyError:
            raise self._first_map_error(key)

    def popitem(self):
        front = self.maps[0]
        try:
            return front.popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *default):
        front = self.maps[0]
        try:
            return front.pop(key, *default)
        except KeyError:
            raise self._first_map_error(key)

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (MutableMapping, dict)):
            merged = self.copy()
            merged.maps[0].update(other)
            return merged
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (MutableMapping, dict)):
            flat = dict(other)
            for layer in self.maps[::-1]:
                flat.update(layer)
            return self.__class__(flat)
        return NotImplemented


class UserDict(MutableMapping):
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        store = self.data
        if key in store:
            return store[key]
        missing = getattr(type(self), "__missing__", None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return _rewrap(self, self.data | _inner(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return _rewrap(self, _inner(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _inner(other, UserDict)
        return self

    def __copy__(self):
        return _shallow_copy(self, self.__dict__["data"].copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        # A subclass is copied through copy.copy with the data swapped out for an
        # empty dict, then refilled through its own __setitem__.
        import copy as _copy
        kept = self.data
        self.data = {}
        try:
            twin = _copy.copy(self)
        finally:
            self.data = kept
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _list_compare(name):
    # The comparison runs on the plain lists, so errors name 'list' like CPython's.
    op = getattr(_operator, name)

    def compare(self, other):
        return op(self.data, _inner(other, UserList))
    compare.__name__ = name
    return compare


class UserList(MutableSequence):
    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif type(initlist) is list:
            self.data = []
            self.data[:] = initlist
        elif isinstance(initlist, UserList):
            self.data = []
            self.data[:] = initlist.data
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    __lt__ = _list_compare("__lt__")
    __le__ = _list_compare("__le__")
    __eq__ = _list_compare("__eq__")
    __gt__ = _list_compare("__gt__")
    __ge__ = _list_compare("__ge__")
    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        part = self.data[i]
        return _rewrap(self, part) if isinstance(i, slice) else part

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return _rewrap(self, self.data + self._as_list(other))

    def __radd__(self, other):
        return _rewrap(self, self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _shallow_copy(self, list(self.__dict__["data"]))

    def copy(self):
        return _rewrap(self, self)

    def extend(self, other):
        self.data.extend(_inner(other, UserList))


def _str_compare(name):
    op = getattr(_operator, name)

    def compare(self, other):
        return op(self.data, _inner(other, UserString))
    compare.__name__ = name
    return compare


class UserString(Sequence):
    def __init__(self, seq):
        if isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = seq if isinstance(seq, str) else str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    __eq__ = _str_compare("__eq__")
    __lt__ = _str_compare("__lt__")
    __le__ = _str_compare("__le__")
    __gt__ = _str_compare("__gt__")
    __ge__ = _str_compare("__ge__")

    def __contains__(self, char):
        return _inner(char, UserString) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return _rewrap(self, self.data[index])

    def __add__(self, other):
        tail = _inner(other, UserString)
        return _rewrap(self, self.data + (tail if isinstance(tail, str) else str(tail)))

    def __radd__(self, other):
        head = other if isinstance(other, str) else str(other)
        return _rewrap(self, head + self.data)

    def __mul__(self, n):
        return _rewrap(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _rewrap(self, self.data % args)

    def __rmod__(self, template):
        return _rewrap(self, str(template) % self)


# The str methods UserString forwards, one per line: name, the parameters of its
# signature, "wrap" when the str result comes back as the caller's class, and the
# parameters whose UserString argument is unwrapped first.
_STRING_METHODS = """
capitalize   |                                  | wrap |
casefold     |                                  | wrap |
center       | width, *args                     | wrap |
count        | sub, start=0, end=_END           |      | sub
removeprefix | prefix, /                        | wrap | prefix
removesuffix | suffix, /                        | wrap | suffix
encode       | encoding='utf-8', errors='strict' |     |
endswith     | suffix, start=0, end=_END        |      |
expandtabs   | tabsize=8                        | wrap |
find         | sub, start=0, end=_END           |      | sub
format       | /, *args, **kwds                 |      |
format_map   | mapping                          |      |
index        | sub, start=0, end=_END           |      |
isalpha      |                                  |      |
isalnum      |                                  |      |
isascii      |                                  |      |
isdecimal    |                                  |      |
isdigit      |                                  |      |
isidentifier |                                  |      |
islower      |                                  |      |
isnumeric    |                                  |      |
isprintable  |                                  |      |
isspace      |                                  |      |
istitle      |                                  |      |
isupper      |                                  |      |
join         | seq                              |      |
ljust        | width, *args                     | wrap |
lower        |                                  | wrap |
lstrip       | chars=None                       | wrap |
partition    | sep                              |      |
replace      | old, new, maxsplit=-1            | wrap | old new
rfind        | sub, start=0, end=_END           |      | sub
rindex       | sub, start=0, end=_END           |      |
rjust        | width, *args                     | wrap |
rpartition   | sep                              |      |
rstrip       | chars=None                       | wrap |
split        | sep=None, maxsplit=-1            |      |
rsplit       | sep=None, maxsplit=-1            |      |
splitlines   | keepends=False                   |      |
startswith   | prefix, start=0, end=_END        |      |
strip        | chars=None                       | wrap |
swapcase     |                                  | wrap |
title        |                                  | wrap |
translate    | *args                            | wrap |
upper        |                                  | wrap |
zfill        | width                            | wrap |
"""

# UserList's plain forwards to the list methods, in the same format.
_LIST_METHODS = """
append  | item             | |
insert  | i, item          | |
pop     | i=-1             | |
remove  | item             | |
clear   |                  | |
count   | item             | |
index   | item, *args      | |
reverse |                  | |
sort    | /, *args, **kwds | |
"""


def _install_forwarders(cls, table):
    # Each method is compiled from its signature so that it keeps the parameter
    # names, defaults and keyword use of the documented one.
    for row in table.strip().splitlines():
        name, params, mode, unwrapped = [cell.strip() for cell in row.split("|")]
        passed = []
        for param in params.split(", ") if params else ():
            if param == "/":
                continue
            bare = param.partition("=")[0]
            if bare in unwrapped.split():
                bare = "_inner(" + bare + ", " + cls.__name__ + ")"
            passed.append(bare)
        call = "self.data." + name + "(" + ", ".join(passed) + ")"
        if mode == "wrap":
            call = "_rewrap(self, " + call + ")"
        head = "self, " + params if params else "self"
        source = "def " + name + "(" + head + "):\n    return " + call + "\n"
        made = {}
        exec(source, globals(), made)
        method = made[name]
        method.__qualname__ = cls.__name__ + "." + name
        setattr(cls, name, method)


_install_forwarders(UserString, _STRING_METHODS)
_install_forwarders(UserList, _LIST_METHODS)
_update_abstracts(UserList)
UserString.maketrans = str.maketrans


for _public in (ChainMap, UserDict, UserList, UserString):
    _public.__module__ = 'collections'
del _public
