"""Serializing Python objects to bytes and back (protocols 0 to 5).

The machinery is in _pickle (as in CPython, where pickle.Pickler is _pickle.Pickler);
this module adds the constants and names programs look up on `pickle`."""

from _pickle import *
from _pickle import PickleError, PicklingError, UnpicklingError, Pickler, Unpickler
from _pickle import HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, dump, dumps, load, loads
from _pickle import _Stop
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
