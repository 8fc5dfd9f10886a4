"""Future: a result that will be set later, awaitable by a Task (heapscope).

`await fut` runs Future.__await__, a generator that yields the future itself to the
Task driving the coroutine; the Task resumes the coroutine from the future's done
callback. Done callbacks always run through loop.call_soon, never inline.
"""

from asyncio import events
from asyncio.exceptions import CancelledError, InvalidStateError

__all__ = ('Future', 'wrap_future', 'isfuture')

# The states (as CPython names them: Future._state, and lowercased in reprs).
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """True for objects that follow the Future protocol (have _asyncio_future_blocking)."""
    if not hasattr(type(obj), '_asyncio_future_blocking'):
        return False
    return obj._asyncio_future_blocking is not None


class Future:
    """A placeholder for a result (or an exception) set later by someone else."""
    __heapscope_tp_name__ = "_asyncio.Future"

    _state = _PENDING
    _result = _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None       # the CancelledError a cancelled Task ended with
    # True while a Task waits on this future (set by __await__, cleared by the Task).
    _asyncio_future_blocking = False
    _unread = False             # an exception is set and nobody has looked at it

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        parts = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is None:
                import reprlib
                parts.append('result=' + reprlib.repr(self._result))
            else:
                parts.append('exception=%r' % (self._exception,))
        if self._callbacks:
            parts.append(_callbacks_text(self._callbacks))
        return parts

    def __class_getitem__(cls, item):
        return cls

    @property
    def _log_traceback(self):
        return self._unread

    @_log_traceback.setter
    def _log_traceback(self, value):
        if value:
            raise ValueError('_log_traceback can only be set to False')
        self._unread = False

    def get_loop(self):
        if self._loop is None:
            raise RuntimeError('Future object is not initialized.')
        return self._loop

    def _make_cancelled_error(self):
        """The CancelledError to raise for this cancelled future."""
        saved = self._cancelled_exc
        if saved is not None:
            self._cancelled_exc = None
            return saved
        msg = self._cancel_message
        return CancelledError() if msg is None else CancelledError(msg)

    def cancel(self, msg=None):
        """Cancel a pending future (schedules its callbacks); False if already done."""
        self._unread = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._fire()
        return True

    def _fire(self):
        """Schedule the done callbacks (each once), in the order they were added."""
        pending = self._callbacks
        if pending:
            self._callbacks = []
            soon = self._loop.call_soon
            for fn, ctx in pending:
                soon(fn, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception set, CancelledError, or InvalidStateError."""
        state = self._state
        if state == _FINISHED:
            self._unread = False
            if self._exception is None:
                return self._result
            raise self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError('Result is not set.')

    def exception(self):
        """The exception set (None after a result); raises CancelledError or InvalidStateError."""
        state = self._state
        if state == _FINISHED:
            self._unread = False
            return self._exception
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        raise InvalidStateError('Exception is not set.')

    def add_done_callback(self, fn, *, context=None):
        """Call fn(future) once the future is done (at once, through call_soon, if it is)."""
        if self._state == _PENDING:
            self._callbacks.append((fn, context))
        else:
            self._loop.call_soon(fn, self, context=context)

    def remove_done_callback(self, fn):
        """Remove every registration of fn; returns how many were removed."""
        before = len(self._callbacks)
        self._callbacks = [entry for entry in self._callbacks if entry[0] != fn]
        return before - len(self._callbacks)

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._fire()

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
        self._fire()
        self._unread = True
        note = getattr(self._loop, '_note_exception_set', None)
        if note is not None:
            note(self)

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self  # to the Task, which resumes us once we are done
        if self._state == _PENDING:
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _callbacks_text(entries):
    """'cb=[f(), g()]' / 'cb=[f(), <3 more>, h()]' in a future's repr."""
    names = []
    for fn, _ctx in entries:
        name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None)
        names.append(repr(fn) if name is None else name + '()')
    if len(names) > 2:
        names = [names[0], '<%d more>' % (len(names) - 2), names[-1]]
    return 'cb=[%s]' % ', '.join(names)


def _get_loop(fut):
    """The loop of a future (its get_loop(), or its _loop for older future types)."""
    getter = getattr(fut, 'get_loop', None)
    return fut._loop if getter is None else getter()


def _set_result_unless_cancelled(fut, result):
    """Callback of sleep(): set the result unless the sleeper was cancelled meanwhile."""
    if not fut.cancelled():
        fut.set_result(result)


def wrap_future(future, *, loop=None):
    """Return an asyncio Future for `future` (it already is one in heapscope)."""
    if isfuture(future):
        return future
    raise TypeError('concurrent.futures.Future is expected, got %r' % (future,))
