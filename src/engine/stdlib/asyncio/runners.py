"""asyncio.run and Runner (heapscope).

run(main) makes a new loop, runs `main` as its first task until it is done, cancels
the tasks still pending, closes the loop (reporting task exceptions nobody read) and
returns main's result or raises its exception. No signal handling: heapscope runs
deliver no SIGINT.
"""

from asyncio import coroutines
from asyncio import events
from asyncio import tasks

__all__ = ('Runner', 'run')


class Runner:
    """A context manager owning one loop, to run several coroutines on it."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._make_loop = loop_factory
        self._loop = None
        self._phase = 'new'        # then 'ready', then 'closed'
        self._installed = False    # whether we made our loop the current one

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        """Run the coroutine to completion on this runner's loop; its result."""
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        if events._get_running_loop():
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        loop = self._ensure_loop()
        return loop.run_until_complete(loop.create_task(coro, context=context))

    def close(self):
        """Cancel what is left, close the loop. The runner can not be used again."""
        if self._phase != 'ready':
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            for finish in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(finish())
        finally:
            if self._installed:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'

    def _ensure_loop(self):
        if self._phase == 'closed':
            raise RuntimeError('Runner is closed')
        if self._phase == 'new':
            if self._make_loop is not None:
                self._loop = self._make_loop()
            else:
                self._loop = events.new_event_loop()
                if not self._installed:
                    events.set_event_loop(self._loop)
                    self._installed = True
            if self._debug is not None:
                self._loop.set_debug(self._debug)
            self._phase = 'ready'
        return self._loop


def run(main, *, debug=None):
    """Run the coroutine `main` in a new event loop and return its result."""
    if events._get_running_loop():
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_leftovers(loop):
    """Cancel the tasks still pending and let them finish; report the ones that
    ended with an exception instead."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for t in leftovers:
        t.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for t in leftovers:
        if t.cancelled():
            continue
        error = t.exception()
        if error is not None:
            loop.call_exception_handler(dict(
                message='unhandled exception during asyncio.run() shutdown',
                exception=error, task=t))
