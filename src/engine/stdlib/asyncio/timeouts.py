"""asyncio.timeout / timeout_at (3.11): cancel the enclosed block when time is up and
turn that cancellation into TimeoutError at the block's end (heapscope)."""

from asyncio import events
from asyncio import exceptions
from asyncio import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')

# The states, named as CPython's repr shows them.
_CREATED, _ENTERED, _EXPIRING, _EXPIRED, _EXITED = (
    'created', 'active', 'expiring', 'expired', 'finished')


class Timeout:
    """An async context manager with a deadline on the loop's clock (None: no deadline)."""

    def __init__(self, when):
        self._when = when
        self._state = _CREATED
        self._timer = None          # the TimerHandle that fires the timeout
        self._task = None
        self._cancels_before = 0    # the task's pending cancel requests on entry

    def when(self):
        return self._when

    def expired(self):
        return self._state == _EXPIRING or self._state == _EXPIRED

    def __repr__(self):
        extra = ''
        if self._state == _ENTERED:
            extra = ' when=%r' % (None if self._when is None else round(self._when, 3),)
        return '<Timeout [%s]%s>' % (self._state, extra)

    def reschedule(self, when):
        """Move the deadline (None removes it); only while the block runs."""
        if self._state == _CREATED:
            raise RuntimeError('Timeout has not been entered')
        if self._state != _ENTERED:
            raise RuntimeError('Cannot change state of %s Timeout' % self._state)
        self._when = when
        self._disarm()
        if when is not None:
            loop = events.get_running_loop()
            if when > loop.time():
                self._timer = loop.call_at(when, self._on_timeout)
            else:
                self._timer = loop.call_soon(self._on_timeout)

    def _disarm(self):
        timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError('Timeout has already been entered')
        current = tasks.current_task()
        if current is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state = _ENTERED
        self._task = current
        self._cancels_before = current.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == _ENTERED:
            self._state = _EXITED
        elif self._state == _EXPIRING:
            self._state = _EXPIRED
            ours = self._task.uncancel() <= self._cancels_before
            if ours and exc_type is exceptions.CancelledError:
                # The block was cancelled by us alone: that is the timeout.
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        self._timer = None


def timeout(delay):
    """`async with asyncio.timeout(delay):` -- TimeoutError if the block takes longer."""
    if delay is None:
        return Timeout(None)
    return Timeout(events.get_running_loop().time() + delay)


def timeout_at(when):
    """Like timeout(), with an absolute deadline on loop.time()'s clock."""
    return Timeout(when)
