// `copy`: shallow and deep copies (Python source, modules/pysource.ts). Instances are
// copied through __copy__/__deepcopy__ when defined, else by a new object of the same
// class (no __init__ call) whose attributes are (deep) copies, like CPython's
// __reduce_ex__ path. Deviation: no __reduce__/__getstate__/__setstate__ protocol;
// list/set subclasses copy as their base type.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
from _collections import deque as _deque

class Error(Exception):
    __module__ = 'copy'
error = Error

__all__ = ["Error", "copy", "deepcopy"]

_atomic = (type(None), int, float, bool, str, bytes, type, range,
           type(len), type(lambda: 0), type(Ellipsis), type(NotImplemented), property)

def _copy_attrs(src, dst, memo):
    d = getattr(src, '__dict__', None)
    if d:
        for k, v in d.items():
            object.__setattr__(dst, k, v if memo is None else deepcopy(v, memo))

def copy(x):
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, _deque):
        return _deque(x, x.maxlen)
    if isinstance(x, tuple):
        if hasattr(cls, '_make'):
            return cls._make(x)
        return x
    if isinstance(x, (list, dict, set)):
        return x.copy()
    if isinstance(x, BaseException):
        y = cls(*x.args)
        _copy_attrs(x, y, None)
        return y
    y = object.__new__(cls)
    _copy_attrs(x, y, None)
    return y

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic or cls is frozenset and not x:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif isinstance(x, _deque):
            y = _deque((), x.maxlen)
            memo[d] = y
            for a in x:
                y.append(deepcopy(a, memo))
        elif isinstance(x, tuple):
            items = [deepcopy(a, memo) for a in x]
            y = cls._make(items) if hasattr(cls, '_make') else tuple(items)
        elif isinstance(x, dict):
            y = x.copy()
            y.clear()
            memo[d] = y
            _copy_attrs(x, y, memo)
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        elif isinstance(x, list):
            y = []
            memo[d] = y
            for a in x:
                y.append(deepcopy(a, memo))
        elif isinstance(x, set):
            y = set()
            memo[d] = y
            for a in x:
                y.add(deepcopy(a, memo))
        elif isinstance(x, BaseException):
            y = cls(*deepcopy(x.args, memo))
            memo[d] = y
            _copy_attrs(x, y, memo)
        else:
            y = object.__new__(cls)
            memo[d] = y
            _copy_attrs(x, y, memo)
    if y is not x:
        memo[d] = y
    return y
`;

export const createCopyModule = pythonModule("copy", () => SOURCE);
