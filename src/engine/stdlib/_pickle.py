"""The pickle machinery (the `pickle` module re-exports it): a Pickler writing the
bytes CPython 3.11's pickler writes for the same objects and protocol (opcodes,
memo, framing of protocol 4 and later), and an Unpickler reading every opcode of
protocols 0 to 5.

Written for heapscope from the documented pickle format (pickletools' opcode
descriptions) and CPython's observable output. Unpickling reaches nothing outside the
run: find_class imports only modules the run itself can import."""

import sys
import copyreg
from struct import pack as _pack, unpack as _unpack
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


PickleError.__module__ = "_pickle"
PicklingError.__module__ = "_pickle"
UnpicklingError.__module__ = "_pickle"

_FRAME_TARGET = 64 * 1024
_BATCH = 1000

# Names that moved between Python 2 and 3: protocols 0-2 write the Python 2 names
# (fix_imports), and loading maps them back.
_NAME_TO_PY2 = {
    ("builtins", "int"): ("__builtin__", "long"), ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "range"): ("__builtin__", "xrange"), ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "zip"): ("itertools", "izip"), ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"), ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"), ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"), ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
}
_PY2_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning DeprecationWarning "
    "EOFError Exception FloatingPointError FutureWarning GeneratorExit ImportError ImportWarning IndentationError "
    "IndexError KeyError KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError "
    "SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError "
    "UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning "
    "ZeroDivisionError").split()
for _name in _PY2_EXCEPTIONS:
    _NAME_TO_PY2[("builtins", _name)] = ("exceptions", _name)
for _name in ("BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError "
              "ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError "
              "NotADirectoryError PermissionError ProcessLookupError TimeoutError").split():
    _NAME_TO_PY2[("builtins", _name)] = ("exceptions", "OSError")
_NAME_TO_PY2[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
_MODULE_TO_PY2 = {"builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
                  "socketserver": "SocketServer", "configparser": "ConfigParser",
                  "reprlib": "repr", "_pickle": "pickle"}
_MODULE_FROM_PY2 = {"__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue",
                    "SocketServer": "socketserver", "ConfigParser": "configparser",
                    "repr": "reprlib", "UserDict": "collections", "UserList": "collections",
                    "UserString": "collections", "exceptions": "builtins", "cPickle": "pickle",
                    "StringIO": "io", "cStringIO": "io"}
_NAME_FROM_PY2 = {("__builtin__", "basestring"): ("builtins", "str")}
for _key, _value in _NAME_TO_PY2.items():
    if _value[0] != "exceptions":
        _NAME_FROM_PY2[_value] = _key


def _check_protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
    return protocol


def _encode_long(x):
    # Little-endian two's complement, as few bytes as hold the sign.
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _raw_unicode_escape(s):
    # Protocol 0's UNICODE text: latin-1 bytes, \\uXXXX / \\UXXXXXXXX beyond, and the
    # characters that would break the line-based opcode escaped too.
    out = []
    for ch in s:
        c = ord(ch)
        if c > 0xffff:
            out.append("\\U%08x" % c)
        elif c > 0xff or ch in "\\\0\n\r\x1a":
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    return "".join(out).encode("latin-1")


def _raw_unicode_unescape(data):
    s = data.decode("latin-1")
    if "\\" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == "\\":
            j = i
            while j < n and s[j] == "\\":
                j += 1
            run = j - i
            if run % 2 == 1 and j < n and s[j] in "uU":
                width = 4 if s[j] == "u" else 8
                digits = s[j + 1:j + 1 + width]
                if len(digits) != width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                    raise UnicodeDecodeError("rawunicodeescape", data, i, j + 1, "truncated \\uXXXX escape" if width == 4 else "truncated \\UXXXXXXXX escape")
                out.append("\\" * (run - 1))
                out.append(chr(int(digits, 16)))
                i = j + 1 + width
                continue
            out.append(s[i:j])
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _whichmodule(obj, name):
    module = getattr(obj, "__module__", None)
    if module is not None:
        return module
    for modname, mod in list(sys.modules.items()):
        if modname == "__main__" or mod is None:
            continue
        try:
            if _getattribute(mod, name)[0] is obj:
                return modname
        except AttributeError:
            pass
    return "__main__"


def _getattribute(obj, name):
    parent = None
    for sub in name.split("."):
        if sub == "<locals>":
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def _object_repr(obj):
    return repr(obj)


# ---------------------------------------------------------------- pickling

class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)"""
    __heapscope_tp_name__ = "_pickle.Pickler"

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        protocol = _check_protocol(protocol)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self.memo = {}
        self._interned = {}
        # Most picklers keep the default persistent_id: skip a call per object then.
        self._has_pid = getattr(self.persistent_id, "__func__", None) is not Pickler.persistent_id
        self._buffer_callback = buffer_callback
        self._chunks = []
        self._frame = None

    def clear_memo(self):
        self.memo.clear()
        self._interned.clear()

    def persistent_id(self, obj):
        return None

    # -- output and framing

    def _write(self, data):
        if self._frame is not None:
            self._frame += data
        else:
            self._chunks.append(bytes(data))

    def _commit_frame(self, force=False):
        frame = self._frame
        if frame is None:
            return
        if len(frame) >= _FRAME_TARGET or force:
            if len(frame) >= 4:
                self._chunks.append(b"\x95" + _pack("<Q", len(frame)))
            self._chunks.append(bytes(frame))
            self._frame = bytearray()

    def _write_large(self, header, payload):
        # A payload of at least a frame's size goes outside any frame, with its header.
        if self._frame is not None and len(payload) >= _FRAME_TARGET:
            self._commit_frame(True)
            self._chunks.append(bytes(header))
            self._chunks.append(bytes(payload))
        else:
            self._write(header)
            self._write(payload)

    def dump(self, obj):
        if not hasattr(self, "memo"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % (type(self).__name__,))
        if self.proto >= 2:
            self._chunks.append(b"\x80" + bytes((self.proto,)))
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self._write(b".")
        if self._frame is not None:
            self._commit_frame(True)
            self._frame = None
        data = b"".join(self._chunks)
        self._chunks = []
        self._file_write(data)

    # -- memo

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self._write(self._put(idx))
        self.memo[id(obj)] = idx, obj

    def _put(self, idx):
        if self.proto >= 4:
            return b"\x94"
        if self.bin:
            if idx < 256:
                return b"q" + bytes((idx,))
            return b"r" + _pack("<I", idx)
        return b"p" + repr(idx).encode("ascii") + b"\n"

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return b"h" + bytes((idx,))
            return b"j" + _pack("<I", idx)
        return b"g" + repr(idx).encode("ascii") + b"\n"

    # -- the dispatcher

    def save(self, obj, save_persistent_id=True):
        if self._frame is not None and len(self._frame) >= _FRAME_TARGET:
            self._commit_frame()
        if save_persistent_id and self._has_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(b"N")
            return
        if t is bool:
            if self.proto >= 2:
                self._write(b"\x88" if obj else b"\x89")
            else:
                self._write(b"I01\n" if obj else b"I00\n")
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            if self.bin:
                self._write(b"G" + _pack(">d", obj))
            else:
                self._write(b"F" + repr(obj).encode("ascii") + b"\n")
            return
        memo = self.memo.get(id(obj))
        if memo is not None:
            self._write(self._get(memo[0]))
            return
        save = _DISPATCH.get(t)
        if save is not None:
            save(self, obj)
            return
        reduce = getattr(self, "dispatch_table", dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        else:
            if isinstance(obj, type):
                if obj is type(None) or obj is type(NotImplemented) or obj is type(...):
                    self.save_reduce(type, (_SINGLETONS[obj],), obj=obj)
                    return
                self.save_global(obj)
                return
            if t in _GLOBAL_TYPES:
                self.save_global(obj)
                return
            rv = _reduce_object(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(b"Q")
        else:
            if not isinstance(pid, str):
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self._write(b"P" + pid.encode("ascii") + b"\n")

    def _save_int(self, obj):
        if self.bin:
            if 0 <= obj < 256:
                self._write(b"K" + bytes((obj,)))
                return
            if 0 <= obj < 65536:
                self._write(b"M" + _pack("<H", obj))
                return
            if -0x80000000 <= obj <= 0x7fffffff:
                self._write(b"J" + _pack("<i", obj))
                return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(b"\x8a" + bytes((len(data),)) + data)
            else:
                self._write(b"\x8b" + _pack("<i", len(data)) + data)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self._write(b"I" + repr(obj).encode("ascii") + b"\n")
        else:
            self._write(b"L" + repr(obj).encode("ascii") + b"L\n")

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode(), (obj.decode("latin-1"), "latin1"), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self._write_large(b"C" + bytes((n,)), obj)
        elif n <= 0xffffffff:
            self._write_large(b"B" + _pack("<I", n), obj)
        else:
            self._write_large(b"\x8e" + _pack("<Q", n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(b"\x96" + _pack("<Q", len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj):
        # CPython shares one object for equal identifier-like literals and attribute
        # names (interning) and for one-character strings, so its memo finds them by
        # identity; equal ones here may be distinct objects: look them up by value.
        interned = (len(obj) <= 1 and obj <= "\xff") or (obj.isascii() and obj.replace("_", "a").isalnum())
        if interned:
            idx = self._interned.get(obj)
            if idx is not None:
                self._write(self._get(idx))
                return
        if self.bin:
            data = obj.encode("utf-8", "surrogatepass")
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._write_large(b"\x8c" + bytes((n,)), data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(b"\x8d" + _pack("<Q", n), data)
            else:
                self._write_large(b"X" + _pack("<I", n), data)
        else:
            self._write(b"V" + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)
        if interned and not self.fast:
            self._interned[obj] = len(self.memo) - 1

    def _save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._write(b")" if self.bin else b"(t")
            return
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            got = memo.get(id(obj))
            if got is not None:
                # A recursive tuple: it was memoized while its items were saved.
                self._write(b"0" * n + self._get(got[0]))
            else:
                self._write(_TUPLE_N[n])
                self.memoize(obj)
            return
        self._write(b"(")
        for item in obj:
            self.save(item)
        got = memo.get(id(obj))
        if got is not None:
            if self.bin:
                self._write(b"1" + self._get(got[0]))
            else:
                self._write(b"0" * (n + 1) + self._get(got[0]))
            return
        self._write(b"t")
        self.memoize(obj)

    def _save_list(self, obj):
        self._write(b"]" if self.bin else b"(l")
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        if not self.bin:
            for x in items:
                self.save(x)
                self._write(b"a")
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            n = len(batch)
            if n > 1:
                self._write(b"(")
                for x in batch:
                    self.save(x)
                self._write(b"e")
            elif n:
                self.save(batch[0])
                self._write(b"a")
            if n < _BATCH:
                return

    def _save_dict(self, obj):
        self._write(b"}" if self.bin else b"(d")
        self.memoize(obj)
        self._batch_setitems(iter(obj.items()))

    def _batch_setitems(self, items):
        if not self.bin:
            for k, v in items:
                self.save(k)
                self.save(v)
                self._write(b"s")
            return
        while True:
            batch = []
            for kv in items:
                batch.append(kv)
                if len(batch) == _BATCH:
                    break
            n = len(batch)
            if n > 1:
                self._write(b"(")
                for k, v in batch:
                    self.save(k)
                    self.save(v)
                self._write(b"u")
            elif n:
                k, v = batch[0]
                self.save(k)
                self.save(v)
                self._write(b"s")
            if n < _BATCH:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(b"\x8f")
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCH:
                    break
            if batch:
                self._write(b"(")
                for x in batch:
                    self.save(x)
                self._write(b"\x90")
            if len(batch) < _BATCH:
                return

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(b"(")
        for x in obj:
            self.save(x)
        got = self.memo.get(id(obj))
        if got is not None:
            self._write(b"1" + self._get(got[0]))
            return
        self._write(b"\x91")
        self.memoize(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = _whichmodule(obj, name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
            found, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            if "<locals>" in name.split("."):
                raise AttributeError("Can't pickle local object %r" % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._write(b"\x82" + bytes((code,)))
                elif code <= 0xffff:
                    self._write(b"\x83" + _pack("<H", code))
                else:
                    self._write(b"\x84" + _pack("<i", code))
                return
        lastname = name.rpartition(".")[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(b"\x93")
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                if (module_name, name) in _NAME_TO_PY2:
                    module_name, name = _NAME_TO_PY2[(module_name, name)]
                elif module_name in _MODULE_TO_PY2:
                    module_name = _MODULE_TO_PY2[module_name]
            try:
                header = b"c" + module_name.encode("ascii") + b"\n" + name.encode("ascii") + b"\n"
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i" % (module_name, name, self.proto)) from None
            self._write(header)
        self.memoize(obj)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                self._write(b"\x92")
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                self._write(b"R")
        elif self.proto >= 2 and func_name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            self._write(b"\x81")
        else:
            save(func)
            save(args)
            self._write(b"R")
        if obj is not None:
            got = self.memo.get(id(obj))
            if got is not None:
                self._write(b"0" + self._get(got[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                self._write(b"b")
            else:
                save(state_setter)
                save(obj)
                save(state)
                self._write(b"\x86R0")


def _codecs_encode():
    import _codecs
    return _codecs.encode


_SINGLETONS = {type(None): None, type(NotImplemented): NotImplemented, type(...): ...}
_TUPLE_N = {1: b"\x85", 2: b"\x86", 3: b"\x87"}


_DISPATCH = {
    bytes: Pickler._save_bytes,
    bytearray: Pickler._save_bytearray,
    str: Pickler._save_str,
    tuple: Pickler._save_tuple,
    list: Pickler._save_list,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
}

_GLOBAL_TYPES = (type(len), type(lambda: None), type(Pickler.dump))


def _unpicklable(obj):
    raise TypeError("cannot pickle %r object" % (type(obj).__name__,))


def _builtin_reduce(obj, t):
    # The reductions CPython's builtin types define themselves.
    if t is range:
        return range, (obj.start, obj.stop, obj.step)
    if t is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if t is type(None) or t is type(NotImplemented) or t is type(...):
        return None
    return None


def _reduce_object(obj, proto):
    """reduce_ex of obj: its own __reduce_ex__/__reduce__, else object's default."""
    t = type(obj)
    if t in (range, slice, complex):
        return _builtin_reduce(obj, t)
    if obj is NotImplemented:
        return "NotImplemented"
    if obj is ...:
        return "Ellipsis"
    default_reduce_ex = getattr(object, "__reduce_ex__", None)
    reduce_ex = getattr(t, "__reduce_ex__", None)
    if reduce_ex is not None and reduce_ex is not default_reduce_ex:
        return obj.__reduce_ex__(proto)
    default_reduce = getattr(object, "__reduce__", None)
    reduce = getattr(t, "__reduce__", None)
    if reduce is not None and reduce is not default_reduce:
        return obj.__reduce__()
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    return _reduce_newobj(obj, proto)


def _reduce_newobj(obj, proto):
    cls = type(obj)
    if cls.__module__ == "builtins" or getattr(cls, "__new__", None) is None:
        _unpicklable(obj)
    kwargs = None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not %s" % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'" % type(args).__name__)
        else:
            args = ()
    state = _object_state(obj, cls)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return copyreg.__newobj__, (cls,) + args, state, listitems, dictitems


def _object_state(obj, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        return obj.__getstate__()
    state = getattr(obj, "__dict__", None)
    slotnames = copyreg._slotnames(cls)
    if not state:
        state = None
    if slotnames:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


# ---------------------------------------------------------------- unpickling

class _Stop(Exception):
    pass


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())"""
    __heapscope_tp_name__ = "_pickle.Unpickler"

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        self._file = file
        self._data = None
        self._pos = 0
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self._buffers = iter(buffers) if buffers is not None else None

    # -- input

    def _fill(self):
        f = self._file
        try:
            self._data = bytes(f.read())
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._pos = 0

    def _read(self, n):
        pos = self._pos
        end = pos + n
        data = self._data
        if end > len(data):
            raise UnpicklingError("pickle data was truncated")
        self._pos = end
        return data[pos:end]

    def _readline(self):
        data = self._data
        pos = self._pos
        end = data.find(b"\n", pos)
        if end < 0:
            raise UnpicklingError("pickle data was truncated")
        self._pos = end + 1
        return data[pos:end]

    def load(self):
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % (type(self).__name__,))
        start = None
        if self._data is None:
            f = self._file
            if hasattr(f, "tell") and hasattr(f, "seek"):
                start = f.tell()
            self._fill()
        self.metastack = []
        self.stack = []
        dispatch = _LOAD
        data = self._data
        if self._pos >= len(data):
            raise EOFError("Ran out of input")
        try:
            while True:
                if self._pos >= len(data):
                    raise UnpicklingError("pickle data was truncated")
                key = data[self._pos]
                self._pos += 1
                op = dispatch.get(key)
                if op is None:
                    raise UnpicklingError("invalid load key, %r." % chr(key))
                op(self)
        except _Stop as stop:
            if start is not None:
                self._file.seek(start + self._pos)
                self._data = None
            return stop.args[0]

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_FROM_PY2:
                module, name = _NAME_FROM_PY2[(module, name)]
            elif module in _MODULE_FROM_PY2:
                module = _MODULE_FROM_PY2[module]
        __import__(module)
        mod = sys.modules[module]
        if self.proto >= 4:
            try:
                return _getattribute(mod, name)[0]
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # -- the stack

    def _pop_mark(self):
        items = self.stack
        try:
            self.stack = self.metastack.pop()
        except IndexError:
            raise UnpicklingError("could not find MARK") from None
        return items

    def _top(self):
        try:
            return self.stack[-1]
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _pop(self):
        try:
            return self.stack.pop()
        except IndexError:
            raise UnpicklingError("unpickling stack underflow") from None

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    # -- opcodes

    def _proto(self):
        proto = self._read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _frame(self):
        self._read(8)

    def _persid(self):
        try:
            pid = self._readline().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self.persistent_load(pid))

    def _binpersid(self):
        pid = self._pop()
        self.stack.append(self.persistent_load(pid))

    def _none(self):
        self.stack.append(None)

    def _false(self):
        self.stack.append(False)

    def _true(self):
        self.stack.append(True)

    def _int(self):
        data = self._readline()
        if data == b"00":
            val = False
        elif data == b"01":
            val = True
        else:
            val = int(data.decode("ascii"), 0)
        self.stack.append(val)

    def _binint(self):
        self.stack.append(_unpack("<i", self._read(4))[0])

    def _binint1(self):
        self.stack.append(self._read(1)[0])

    def _binint2(self):
        self.stack.append(_unpack("<H", self._read(2))[0])

    def _long(self):
        val = self._readline()
        if val and val[-1:] == b"L":
            val = val[:-1]
        self.stack.append(int(val.decode("ascii"), 0))

    def _long1(self):
        n = self._read(1)[0]
        self.stack.append(_decode_long(self._read(n)))

    def _long4(self):
        n = _unpack("<i", self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(_decode_long(self._read(n)))

    def _float(self):
        self.stack.append(float(self._readline().decode("ascii")))

    def _binfloat(self):
        self.stack.append(_unpack(">d", self._read(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _string(self):
        data = self._readline().rstrip()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_unescape_py2(data)))

    def _binstring(self):
        n = _unpack("<i", self._read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read(n)))

    def _short_binstring(self):
        n = self._read(1)[0]
        self.stack.append(self._decode_string(self._read(n)))

    def _binbytes(self):
        n = _unpack("<I", self._read(4))[0]
        self.stack.append(self._read(n))

    def _short_binbytes(self):
        n = self._read(1)[0]
        self.stack.append(self._read(n))

    def _binbytes8(self):
        n = _unpack("<Q", self._read(8))[0]
        self.stack.append(self._read(n))

    def _bytearray8(self):
        n = _unpack("<Q", self._read(8))[0]
        self.stack.append(bytearray(self._read(n)))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def _readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, memoryview) and not buf.readonly:
            self.stack[-1] = buf.toreadonly()

    def _unicode(self):
        self.stack.append(_raw_unicode_unescape(self._readline()))

    def _binunicode(self):
        n = _unpack("<I", self._read(4))[0]
        self.stack.append(str(self._read(n), "utf-8", "surrogatepass"))

    def _short_binunicode(self):
        n = self._read(1)[0]
        self.stack.append(str(self._read(n), "utf-8", "surrogatepass"))

    def _binunicode8(self):
        n = _unpack("<Q", self._read(8))[0]
        self.stack.append(str(self._read(n), "utf-8", "surrogatepass"))

    def _tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def _empty_tuple(self):
        self.stack.append(())

    def _tuple1(self):
        self.stack[-1] = (self._top(),)

    def _tuple2(self):
        stack = self.stack
        if len(stack) < 2:
            raise UnpicklingError("unpickling stack underflow")
        stack[-2:] = [(stack[-2], stack[-1])]

    def _tuple3(self):
        stack = self.stack
        if len(stack) < 3:
            raise UnpicklingError("unpickling stack underflow")
        stack[-3:] = [(stack[-3], stack[-2], stack[-1])]

    def _empty_list(self):
        self.stack.append([])

    def _empty_dict(self):
        self.stack.append({})

    def _empty_set(self):
        self.stack.append(set())

    def _frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def _list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def _dict(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err))) from None
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def _inst(self):
        module = self._readline().decode("ascii")
        name = self._readline().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def _obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _newobj(self):
        args = self._pop()
        cls = self._pop()
        self.stack.append(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def _global(self):
        module = self._readline().decode("utf-8")
        name = self._readline().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def _stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def _ext(self, code):
        obj = _extension_cache.get(code, _Stop)
        if obj is not _Stop:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def _ext1(self):
        self._ext(self._read(1)[0])

    def _ext2(self):
        self._ext(_unpack("<H", self._read(2))[0])

    def _ext4(self):
        self._ext(_unpack("<i", self._read(4))[0])

    def _reduce(self):
        args = self._pop()
        func = self._pop()
        self.stack.append(func(*args))

    def _pop_op(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def _pop_mark_op(self):
        self._pop_mark()

    def _dup(self):
        self.stack.append(self._top())

    def _get_op(self):
        self.stack.append(self._memo_get(int(self._readline().decode("ascii"))))

    def _binget(self):
        self.stack.append(self._memo_get(self._read(1)[0]))

    def _long_binget(self):
        self.stack.append(self._memo_get(_unpack("<I", self._read(4))[0]))

    def _put_op(self):
        i = int(self._readline().decode("ascii"))
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self._top()

    def _binput(self):
        self.memo[self._read(1)[0]] = self._top()

    def _long_binput(self):
        i = _unpack("<I", self._read(4))[0]
        self.memo[i] = self._top()

    def _memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _append(self):
        value = self._pop()
        self._top().append(value)

    def _appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            append = target.append
            for item in items:
                append(item)

    def _setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _stop(self):
        raise _Stop(self._pop())


def _unescape_py2(data):
    # Python 2 str literals inside STRING: backslash escapes of bytes.
    if b"\\" not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    simple = {ord("n"): 10, ord("t"): 9, ord("r"): 13, ord("\\"): 92, ord("'"): 39, ord('"'): 34,
              ord("a"): 7, ord("b"): 8, ord("f"): 12, ord("v"): 11, ord("0"): 0}
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n:
            d = data[i + 1]
            if d == ord("x") and i + 3 < n:
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if d in simple:
                out.append(simple[d])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


_LOAD = {
    0x28: Unpickler._mark, 0x2e: Unpickler._stop, 0x30: Unpickler._pop_op, 0x31: Unpickler._pop_mark_op,
    0x32: Unpickler._dup, 0x46: Unpickler._float, 0x49: Unpickler._int, 0x4a: Unpickler._binint,
    0x4b: Unpickler._binint1, 0x4c: Unpickler._long, 0x4d: Unpickler._binint2, 0x4e: Unpickler._none,
    0x50: Unpickler._persid, 0x51: Unpickler._binpersid, 0x52: Unpickler._reduce, 0x53: Unpickler._string,
    0x54: Unpickler._binstring, 0x55: Unpickler._short_binstring, 0x56: Unpickler._unicode,
    0x58: Unpickler._binunicode, 0x61: Unpickler._append, 0x62: Unpickler._build, 0x63: Unpickler._global,
    0x64: Unpickler._dict, 0x7d: Unpickler._empty_dict, 0x65: Unpickler._appends, 0x67: Unpickler._get_op,
    0x68: Unpickler._binget, 0x69: Unpickler._inst, 0x6a: Unpickler._long_binget, 0x6c: Unpickler._list,
    0x5d: Unpickler._empty_list, 0x6f: Unpickler._obj, 0x70: Unpickler._put_op, 0x71: Unpickler._binput,
    0x72: Unpickler._long_binput, 0x73: Unpickler._setitem, 0x74: Unpickler._tuple, 0x29: Unpickler._empty_tuple,
    0x75: Unpickler._setitems, 0x47: Unpickler._binfloat,
    0x80: Unpickler._proto, 0x81: Unpickler._newobj, 0x82: Unpickler._ext1, 0x83: Unpickler._ext2,
    0x84: Unpickler._ext4, 0x85: Unpickler._tuple1, 0x86: Unpickler._tuple2, 0x87: Unpickler._tuple3,
    0x88: Unpickler._true, 0x89: Unpickler._false, 0x8a: Unpickler._long1, 0x8b: Unpickler._long4,
    0x42: Unpickler._binbytes, 0x43: Unpickler._short_binbytes,
    0x8c: Unpickler._short_binunicode, 0x8d: Unpickler._binunicode8, 0x8e: Unpickler._binbytes8,
    0x8f: Unpickler._empty_set, 0x90: Unpickler._additems, 0x91: Unpickler._frozenset,
    0x92: Unpickler._newobj_ex, 0x93: Unpickler._stack_global, 0x94: Unpickler._memoize, 0x95: Unpickler._frame,
    0x96: Unpickler._bytearray8, 0x97: Unpickler._next_buffer, 0x98: Unpickler._readonly_buffer,
}


# ---------------------------------------------------------------- module functions

class _Sink:
    __slots__ = ("data",)

    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data = data


class _Source:
    __slots__ = ("data",)

    def __init__(self, data):
        self.data = data

    def read(self):
        return self.data


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(_Source(data), fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    u._data = bytes(data)
    return u.load()
