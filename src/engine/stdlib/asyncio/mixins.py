"""What locks and queues share (heapscope): binding to one loop, and a FIFO of the
futures of the tasks blocked on them.

A primitive belongs to the loop that runs when a task first has to wait on it; using
it from another loop afterwards is an error (3.11 has no `loop` argument any more).
"""

from collections import deque

from asyncio import events


class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(repr(self) + ' is bound to a different event loop')
        return running


class _Waiters:
    """The futures of the tasks waiting on one primitive, first come first served."""

    __slots__ = ('_queue',)

    def __init__(self):
        self._queue = deque()

    def __len__(self):
        return len(self._queue)

    def __bool__(self):
        return bool(self._queue)

    def __iter__(self):
        return iter(self._queue)

    def enter(self, owner):
        """A new pending future for the calling task, at the back of the line."""
        slot = owner._get_loop().create_future()
        self._queue.append(slot)
        return slot

    def leave(self, slot):
        """Take `slot` out of the line (if it is still there)."""
        try:
            self._queue.remove(slot)
        except ValueError:
            pass

    def any_waiting(self):
        """Whether some waiter was not cancelled."""
        for slot in self._queue:
            if not slot.cancelled():
                return True
        return False

    def wake(self, count, value=None):
        """Give `value` to up to `count` waiters that are still pending; how many."""
        woken = 0
        for slot in self._queue:
            if woken >= count:
                break
            if not slot.done():
                slot.set_result(value)
                woken += 1
        return woken

    def wake_head(self, value=None):
        """Wake the waiter at the front of the line, if it is still pending."""
        if self._queue:
            head = self._queue[0]
            if not head.done():
                head.set_result(value)

    def pop_and_wake(self):
        """Drop waiters from the front until one pending waiter is woken."""
        q = self._queue
        while q:
            slot = q.popleft()
            if not slot.done():
                slot.set_result(None)
                return
