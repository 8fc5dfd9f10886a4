// `abc`: ABC, ABCMeta and abstractmethod (Python source, modules/pysource.ts).
// Instantiating a class derived from ABC that still has abstract methods raises
// CPython's "Can't instantiate abstract class X with abstract method(s) ..." (checked
// by ABC.__new__). Deviation: `metaclass=ABCMeta` without the ABC base does not
// enforce it; no register()/virtual subclasses (__subclasshook__).

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj

class abstractclassmethod(classmethod):
    __module__ = 'abc'
    __isabstractmethod__ = True

class abstractstaticmethod(staticmethod):
    __module__ = 'abc'
    __isabstractmethod__ = True

class abstractproperty(property):
    __module__ = 'abc'
    __isabstractmethod__ = True

class ABCMeta(type):
    __module__ = 'abc'

def _abstract_names(cls):
    names = set()
    for base in cls.__mro__:
        for name, value in base.__dict__.items():
            if getattr(value, '__isabstractmethod__', False):
                names.add(name)
    result = []
    for name in names:
        value = None
        for base in cls.__mro__:
            d = base.__dict__
            if name in d:
                value = d[name]
                break
        if getattr(value, '__isabstractmethod__', False):
            result.append(name)
    return sorted(result)

class ABC(metaclass=ABCMeta):
    __module__ = 'abc'

    def __new__(cls, *args, **kwargs):
        abstracts = _abstract_names(cls)
        if abstracts:
            s = 's' if len(abstracts) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(abstracts)}")
        return object.__new__(cls)

def get_cache_token():
    return 0

def update_abstractmethods(cls):
    return cls
`;

export const createAbcModule = pythonModule("abc", () => SOURCE);
