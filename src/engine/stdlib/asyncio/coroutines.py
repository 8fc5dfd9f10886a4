"""Telling coroutines apart (heapscope).

iscoroutine accepts what a Task can drive: native coroutine objects, generators (as
CPython 3.11 does) and anything registered as collections.abc.Coroutine.
"""

import inspect
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Marker set by the (removed in 3.11) @asyncio.coroutine decorator; kept for
# iscoroutinefunction's second test, as CPython does.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked with _is_coroutine)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


def _coroutine_types():
    kinds = [types.GeneratorType, _Coroutine]
    coro_type = getattr(types, 'CoroutineType', None)
    if coro_type is not None:
        kinds.append(coro_type)
    try:
        import collections.abc
        kinds.append(collections.abc.Coroutine)
    except (ImportError, AttributeError):
        pass
    return tuple(kinds)


_COROUTINE_TYPES = None


def iscoroutine(obj):
    """True if `obj` is a coroutine object a Task can run."""
    global _COROUTINE_TYPES
    if _COROUTINE_TYPES is None:
        _COROUTINE_TYPES = _coroutine_types()
    return isinstance(obj, _COROUTINE_TYPES)


def _format_coroutine(coro):
    """'name() running at file:line', 'name() done, defined at file:line' (a Task's repr)."""
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None)
    if code is None:
        code = getattr(coro, 'gi_code', None)
    filename = getattr(code, 'co_filename', None) if code is not None else None
    if filename is None:
        return name
    if frame is not None:
        lineno = getattr(frame, 'f_lineno', None)
        return f'{name} running at {filename}:{lineno}'
    lineno = getattr(code, 'co_firstlineno', None)
    return f'{name} done, defined at {filename}:{lineno}'


class _Coroutine:
    """A coroutine object made from a generator, for the library's own coroutine
    functions (sleep, wait_for, Lock.acquire...): awaitable (its __await__ is the
    generator) and drivable by a Task (send/throw/close)."""

    __slots__ = ('_gen', '__name__', '__qualname__')

    def __init__(self, gen, qualname):
        self._gen = gen
        self.__qualname__ = qualname
        self.__name__ = qualname.rpartition('.')[2]

    def __await__(self):
        return self._gen

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    @property
    def cr_frame(self):
        return getattr(self._gen, 'gi_frame', None)

    @property
    def cr_running(self):
        return getattr(self._gen, 'gi_running', False)

    def __repr__(self):
        return f'<coroutine object {self.__qualname__} at {id(self):#x}>'


def _library_coroutine(gen_function):
    """Decorator: calling gen_function returns a _Coroutine over its generator."""
    qualname = gen_function.__qualname__

    def make(*args, **kwargs):
        return _Coroutine(gen_function(*args, **kwargs), qualname)

    make.__name__ = gen_function.__name__
    make.__qualname__ = qualname
    make.__doc__ = gen_function.__doc__
    make._is_coroutine = _is_coroutine
    return make
