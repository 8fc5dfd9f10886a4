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
    kinds = [types.GeneratorType]
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


def _format_coroutine(coro, done=False):
    """'name() done, defined at file:line' for a finished coroutine (a Task's repr).

    heapscope's coroutines expose no frame (cr_frame), so the line a running coroutine
    has reached is unknown: a pending one shows as just 'name()'.
    """
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) \
        or type(coro).__name__
    name = f'{name}()'
    code = getattr(coro, 'cr_code', None)
    if code is None:
        code = getattr(coro, 'gi_code', None)
    filename = getattr(code, 'co_filename', None) if code is not None else None
    if filename is None:
        return name
    frame = getattr(coro, 'cr_frame', None)
    if frame is None:
        frame = getattr(coro, 'gi_frame', None)
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    if done:
        return f'{name} done, defined at {filename}:{code.co_firstlineno}'
    return name
