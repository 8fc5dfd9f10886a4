"""Lock, Event, Condition, Semaphore, BoundedSemaphore for tasks (heapscope).

A blocked task waits on a future in the primitive's line (mixins._Waiters); whoever
frees the primitive sets the first pending future. `async with` acquires and releases.
"""

from asyncio import exceptions
from asyncio import mixins

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore')

_Cancelled = exceptions.CancelledError


def _describe(prim, state, waiters):
    """CPython's repr of a primitive: <module.Class object at 0x... [state, waiters:N]>."""
    cls = type(prim)
    if waiters:
        state = '%s, waiters:%d' % (state, len(waiters))
    return '<%s.%s object at %#x [%s]>' % (cls.__module__, cls.__qualname__, id(prim), state)


class _AsyncWith:
    """`async with primitive:` is acquire() ... release()."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AsyncWith, mixins._LoopBoundMixin):
    """A mutual-exclusion lock for tasks; waiters get it in FIFO order."""

    def __init__(self):
        self._held = False
        self._line = mixins._Waiters()

    def __repr__(self):
        return _describe(self, 'locked' if self._held else 'unlocked', self._line)

    def locked(self):
        return self._held

    async def acquire(self):
        """Wait until the lock is free, then take it; returns True."""
        if not self._held and not self._line.any_waiting():
            self._held = True
            return True
        slot = self._line.enter(self)
        try:
            try:
                await slot
            finally:
                self._line.leave(slot)
        except _Cancelled:
            # We may have been handed the lock just before the cancellation.
            if not self._held:
                self._line.wake_head(True)
            raise
        self._held = True
        return True

    def release(self):
        """Free the lock (RuntimeError if it is not held) and wake the first waiter."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._line.wake_head(True)


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: wait() returns once set() is called."""

    def __init__(self):
        self._flag = False
        self._line = mixins._Waiters()

    def __repr__(self):
        return _describe(self, 'set' if self._flag else 'unset', self._line)

    def is_set(self):
        return self._flag

    def set(self):
        """Set the flag and wake every waiter."""
        if self._flag:
            return
        self._flag = True
        self._line.wake(len(self._line), True)

    def clear(self):
        self._flag = False

    async def wait(self):
        """Wait until the flag is set; returns True."""
        if self._flag:
            return True
        slot = self._line.enter(self)
        try:
            await slot
        finally:
            self._line.leave(slot)
        return True


class Condition(_AsyncWith, mixins._LoopBoundMixin):
    """Wait for a notification while holding a lock (released during the wait)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # The lock's own methods, as attributes (as CPython's Condition has them).
        self.locked, self.acquire, self.release = lock.locked, lock.acquire, lock.release
        self._line = mixins._Waiters()

    def __repr__(self):
        return _describe(self, 'locked' if self._lock.locked() else 'unlocked', self._line)

    async def wait(self):
        """Release the lock, wait for notify(), take the lock again; returns True."""
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            slot = self._line.enter(self)
            try:
                await slot
            finally:
                self._line.leave(slot)
            return True
        finally:
            # Whatever happened, hold the lock again before leaving; a cancellation
            # received while re-acquiring is raised once the lock is ours.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except _Cancelled:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise _Cancelled

    async def wait_for(self, predicate):
        """wait() until predicate() is true; returns its last value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to n waiters (the lock must be held)."""
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._line.wake(n, False)

    def notify_all(self):
        self.notify(len(self._line))


class Semaphore(_AsyncWith, mixins._LoopBoundMixin):
    """A counter of free slots: acquire() waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._line = mixins._Waiters()

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = 'unlocked, value:%d' % self._value
        return _describe(self, state, self._line)

    def locked(self):
        """True when acquire() would wait."""
        return self._value == 0 or self._line.any_waiting()

    async def acquire(self):
        """Take a slot, waiting for one if none is free; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        slot = self._line.enter(self)
        try:
            try:
                await slot
            finally:
                self._line.leave(slot)
        except _Cancelled:
            if slot.done() and not slot.cancelled():
                # A slot was handed to us just as we were cancelled: pass it on.
                self._value += 1
                self._hand_over()
            raise
        if self._value > 0:
            self._hand_over()
        return True

    def release(self):
        """Free a slot and wake the next waiter."""
        self._value += 1
        self._hand_over()

    def _hand_over(self):
        # The slot is reserved for the woken task at once, so no newcomer takes it.
        if self._line.wake(1, True):
            self._value -= 1


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._initial = value
        super().__init__(value)

    def release(self):
        if self._value >= self._initial:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()
