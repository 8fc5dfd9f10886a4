"""Future: a result that will be set later, awaitable by a Task (heapscope).

`await fut` runs Future.__await__, a generator that yields the future itself to the
Task driving the coroutine; the Task then waits for the future's done callbacks before
resuming the coroutine. Callbacks always run through loop.call_soon, never inline.
"""

from asyncio import events
from asyncio.exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for objects that follow the Future protocol (have _asyncio_future_blocking)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


class Future:
    """A placeholder for a result (or an exception) set later by someone else."""

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a Task waits on this future (set by __await__, cleared by the Task).
    _asyncio_future_blocking = False
    # Whether someone read the exception (the end-of-run report skips those).
    __log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events.get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __class_getitem__(cls, item):
        return cls

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self.__log_traceback = False

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel a pending future (schedules its callbacks); False if already done."""
        self.__log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        call_soon = self._loop.call_soon
        for callback, ctx in callbacks:
            call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self.__log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        """The exception set (None after a result); raises CancelledError or InvalidStateError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self.__log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once the future is done (at once, through call_soon, if it is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many were removed."""
        kept = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        note = getattr(self._loop, '_note_exception_set', None)
        if note is not None:
            note(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _short_repr(value):
    # Long results are shortened the way reprlib does, as in CPython's Future repr.
    import reprlib
    return reprlib.repr(value)


def _format_callbacks(cb):
    size = len(cb)
    names = []
    for fn, _ctx in cb[:2] if size > 2 else cb:
        names.append(_callback_name(fn))
    if size == 1:
        text = names[0]
    elif size == 2:
        text = '{}, {}'.format(names[0], names[1])
    elif size > 2:
        text = '{}, <{} more>, {}'.format(names[0], size - 2, _callback_name(cb[-1][0]))
    else:
        text = ''
    return f'cb=[{text}]'


def _callback_name(fn):
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
    return f'{name}()' if name is not None else repr(fn)


def _chain_future(source, destination):
    """Copy the outcome of `source` to `destination` when it is done (and cancel back)."""

    def _set_state(future, other):
        if other.cancelled():
            future.cancel()
            return
        exc = other.exception()
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(other.result())

    def _call_check_cancel(dest):
        if dest.cancelled():
            source.cancel()

    def _call_set_state(src):
        if destination.cancelled():
            return
        _set_state(destination, src)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Return an asyncio Future for `future` (it already is one in heapscope)."""
    if isfuture(future):
        return future
    raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')


def _get_loop(fut):
    """The loop of a future (its get_loop(), or its _loop for older future types)."""
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    """Callback of sleep(): set the result unless the sleeper was cancelled meanwhile."""
    if fut.cancelled():
        return
    fut.set_result(result)
