"""The loop binding shared by locks and queues (heapscope): an object binds to the
running loop the first time it has to wait, and refuses to be used from another
(3.11 has no `loop` parameter any more)."""

from asyncio import events



class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop
