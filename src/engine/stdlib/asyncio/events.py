"""Callback handles and the running-loop registry (heapscope).

A Handle is a callback queued with call_soon; a TimerHandle one queued for a time on
the loop's clock (handles compare by that time, as CPython's do; the loop's own heap
orders equal times by scheduling order).
"""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy', 'get_event_loop',
           'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop')


def _describe_call(fn, args):
    """'name(arg, ...)' for reprs and error messages."""
    name = getattr(fn, '__qualname__', None) or getattr(fn, '__name__', None) or repr(fn)
    return '%s(%s)' % (name, ', '.join(map(repr, args or ())))


class Handle:
    """A callback with its arguments, returned by loop.call_soon."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback, self._args = callback, args
        self._context = context
        self._cancelled = False

    def _repr_info(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback is not None:
            parts.append(_describe_call(self._callback, self._args))
        return parts

    def __repr__(self):
        return '<%s>' % ' '.join(self._repr_info())

    def get_context(self):
        return self._context

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        # Drop the references: a cancelled handle keeps nothing alive.
        self._callback = self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as failure:
            where = _describe_call(self._callback, self._args)
            self._loop.call_exception_handler(
                {'message': 'Exception in callback ' + where, 'exception': failure,
                 'handle': self})


class TimerHandle(Handle):
    """A callback due at `when` on the loop's clock, returned by call_later/call_at."""

    __slots__ = ('_scheduled', '_when')

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        parts = Handle._repr_info(self)
        parts.insert(2 if self._cancelled else 1, 'when=%s' % (self._when,))
        return parts

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return ((self._when, self._callback, self._args, self._cancelled) ==
                (other._when, other._callback, other._args, other._cancelled))

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self == other

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self == other


class AbstractEventLoop:
    """The interface of an event loop (heapscope has one implementation, on a virtual clock)."""


class AbstractEventLoopPolicy:
    """The interface of a loop policy."""


class _DefaultPolicy(AbstractEventLoopPolicy):
    """One current loop per run (heapscope runs one thread), made on first demand."""

    def __init__(self):
        self._current = None
        self._was_set = False

    def get_event_loop(self):
        if self._current is None:
            if self._was_set:
                raise RuntimeError("There is no current event loop in thread 'MainThread'.")
            self.set_event_loop(self.new_event_loop())
        return self._current

    def set_event_loop(self, loop):
        if not (loop is None or isinstance(loop, AbstractEventLoop)):
            raise TypeError("loop must be an instance of AbstractEventLoop or None, not '%s'"
                            % type(loop).__name__)
        self._was_set = True
        self._current = loop

    def new_event_loop(self):
        from asyncio.base_events import SelectorEventLoop
        return SelectorEventLoop()


# The policy and the running loop of this run (module state: one copy per run).
_state = {'policy': None, 'running': None}


def get_event_loop_policy():
    if _state['policy'] is None:
        _state['policy'] = _DefaultPolicy()
    return _state['policy']


def set_event_loop_policy(policy):
    if not (policy is None or isinstance(policy, AbstractEventLoopPolicy)):
        raise TypeError("policy must be an instance of AbstractEventLoopPolicy or None, not '%s'"
                        % type(policy).__name__)
    _state['policy'] = policy


def _get_running_loop():
    """The running loop, or None (no error)."""
    return _state['running']


def _set_running_loop(loop):
    _state['running'] = loop


def get_running_loop():
    """The running event loop; RuntimeError when called outside one."""
    running = _state['running']
    if running is None:
        raise RuntimeError('no running event loop')
    return running


def get_event_loop():
    """The running loop, else the policy's current loop (made on first use)."""
    running = _state['running']
    return get_event_loop_policy().get_event_loop() if running is None else running


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
