"""Queue, PriorityQueue, LifoQueue for tasks (heapscope).

get() waits while the queue is empty and put() while it is full (maxsize > 0); each
blocked task waits on a future in the getters' or putters' line (mixins._Waiters).
task_done()/join() count the items handed out and not yet processed.
"""

from collections import deque
from heapq import heappop as _heappop, heappush as _heappush

from asyncio import locks
from asyncio import mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class Queue(mixins._LoopBoundMixin):
    """A FIFO queue for tasks; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = mixins._Waiters()
        self._putters = mixins._Waiters()
        self._unfinished = 0
        self._all_done = locks.Event()
        self._all_done.set()
        self._init(maxsize)

    # Storage: a deque here; the subclasses override these three.
    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _format(self):
        parts = ['maxsize=%r' % (self._maxsize,)]
        if getattr(self, '_queue', ()):
            parts.append('_queue=%r' % (list(self._queue),))
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                parts.append('%s[%d]' % (label, len(line)))
        if self._unfinished:
            parts.append('tasks=%d' % self._unfinished)
        return ' '.join(parts)

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def _wait_while(self, blocked, line):
        """Wait in `line` until blocked() is false. Leaving early (cancelled) passes a
        wake-up that was meant for us on to the next task in the line."""
        while blocked():
            slot = line.enter(self)
            try:
                await slot
            except:
                slot.cancel()
                line.leave(slot)
                if not blocked() and not slot.cancelled():
                    line.pop_and_wake()
                raise

    async def put(self, item):
        """Put an item, waiting for a free slot if the queue is full."""
        await self._wait_while(self.full, self._putters)
        self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item now; QueueFull if there is no free slot."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._all_done.clear()
        self._getters.pop_and_wake()

    async def get(self):
        """Remove and return an item, waiting for one if the queue is empty."""
        await self._wait_while(self.empty, self._getters)
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item now; QueueEmpty if there is none."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._putters.pop_and_wake()
        return item

    def task_done(self):
        """One item taken with get() is fully processed (for join())."""
        left = self._unfinished - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self._unfinished = left
        if not left:
            self._all_done.set()

    async def join(self):
        """Wait until every item put has been marked done with task_done()."""
        if self._unfinished:
            await self._all_done.wait()


class PriorityQueue(Queue):
    """Items come out smallest first (a binary heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """Items come out last in, first out."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
