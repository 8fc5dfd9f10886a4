"""Registry of pickling helpers: reduction functions per type (`pickle`,
`dispatch_table`), the reconstruction helpers pickles name (`__newobj__`,
`__newobj_ex__`, `_reconstructor`) and the extension-code registry.

Written for heapscope from the documented behaviour of CPython 3.11's copyreg."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function(obj) returning a reduce tuple; consulted by pickle before __reduce_ex__.
dispatch_table = {}


def _require_callable(fn, what):
    if callable(fn):
        return
    raise TypeError(what + " must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    _require_callable(pickle_function, "reduction functions")
    if constructor_ob is not None:
        _require_callable(constructor_ob, "constructors")
    dispatch_table[ob_type] = pickle_function


def constructor(object):
    _require_callable(object, "constructors")


def _complex_reduction(z):
    return (complex, (z.real, z.imag))


dispatch_table[complex] = _complex_reduction


def __newobj__(klass, *newargs):
    # Protocol 2's NEWOBJ, spelled as a call for the older protocols.
    return klass.__new__(klass, *newargs)


def __newobj_ex__(klass, newargs, newkwargs):
    return klass.__new__(klass, *newargs, **newkwargs)


def _reconstructor(klass, builtin_base, base_state):
    # Protocols 0 and 1: an instance of klass built through its nearest builtin base.
    if builtin_base is object:
        return object.__new__(klass)
    made = builtin_base.__new__(klass, base_state)
    if builtin_base.__init__ is not object.__init__:
        builtin_base.__init__(made, base_state)
    return made


def _reduce_ex(self, proto):
    """What object.__reduce_ex__ does for protocols 0 and 1."""
    klass = type(self)
    builtin_base = object
    for candidate in klass.__mro__:
        if candidate.__module__ == "builtins":
            builtin_base = candidate
            break
    base_state = None
    if builtin_base is not object:
        if builtin_base is klass:
            raise TypeError("cannot pickle %r object" % klass.__name__)
        base_state = builtin_base(self)
    own_getstate = getattr(klass, "__getstate__", None)
    if own_getstate is not None and own_getstate is not getattr(object, "__getstate__", None):
        attrs = self.__getstate__()
    elif getattr(klass, "__slots__", None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled")
    else:
        attrs = getattr(self, "__dict__", None)
    reduced = (_reconstructor, (klass, builtin_base, base_state))
    return reduced + (attrs,) if attrs else reduced


def _slotnames(cls):
    """The names of the slots of cls and its bases (remembered on the class)."""
    known = vars(cls).get("__slotnames__")
    if known is not None:
        return known
    found = []
    for klass in cls.__mro__:
        declared = vars(klass).get("__slots__")
        if declared is None:
            continue
        for slot in ((declared,) if type(declared) is str else declared):
            if slot == "__dict__" or slot == "__weakref__":
                continue
            if slot[:2] == "__" and slot[-2:] != "__":
                # A private name is stored mangled with its class's name.
                owner = klass.__name__.lstrip("_")
                if owner:
                    slot = "_" + owner + slot
            found.append(slot)
    try:
        setattr(cls, "__slotnames__", found)
    except Exception:
        pass
    return found


# Extension codes: (module, name) <-> code, for the EXT1/EXT2/EXT4 opcodes.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    pair = (module, name)
    current = _extension_registry.get(pair)
    owner = _inverted_registry.get(code)
    if current == code and owner == pair:
        return
    if current is not None:
        raise ValueError("key %s is already registered with code %s" % (pair, current))
    if owner is not None:
        raise ValueError("code %s is already in use for key %s" % (code, owner))
    _extension_registry[pair] = code
    _inverted_registry[code] = pair


def remove_extension(module, name, code):
    pair = (module, name)
    if _extension_registry.get(pair) != code or _inverted_registry.get(code) != pair:
        raise ValueError("key %s is not registered with code %s" % (pair, code))
    _extension_registry.pop(pair)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
