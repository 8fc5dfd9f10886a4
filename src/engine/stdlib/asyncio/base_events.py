"""The event loop, on the run's virtual clock (heapscope).

The loop keeps a FIFO of ready callbacks and a heap of timers. There is no I/O, so
where CPython blocks in select() until the next timer, this loop calls time.sleep for
that long: the engine's time.sleep advances the run's own clock without waiting (and
ends the run as a timeout when the sleep passes the run's deadline), so
`await asyncio.sleep(60)` costs no real time and `asyncio.sleep(10**6)` ends the run as
a timeout instead of hanging.

The order of events never depends on how fast the engine runs:
- loop.time() is the real clock read once, when the loop is made, plus the time slept
  in the run since then (_heapscope_clock.slept(): the loop's own waits and any
  time.sleep), so callbacks take no time on the loop's clock;
- timers with equal deadlines run in the order they were scheduled (the heap holds
  (when, sequence, handle));
- a wait is rounded up to whole milliseconds, as CPython's epoll selector rounds its
  timeout, so timers due within that millisecond run in the same iteration, as in CPython.
"""

from collections import deque
from heapq import heapify, heappop, heappush
from math import ceil
from time import monotonic as _monotonic, sleep as _sleep

from _heapscope_clock import slept as _slept

from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio import tasks

__all__ = ('BaseEventLoop',)

_TICK = 1e-09               # a timer this close to now is due (the clock's resolution)
_LONGEST_WAIT = 86400.0     # one wait lasts at most a day, as in CPython
# The timer heap is rebuilt without its cancelled timers when they are more than half
# of at least this many.
_REBUILD_FROM = 100


def _run_until_complete_cb(fut):
    """run_until_complete's callback: stop the loop once the future is done (unless it
    ended with SystemExit/KeyboardInterrupt, which are already propagating)."""
    if fut.cancelled() or not isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        fut.get_loop().stop()


class BaseEventLoop(events.AbstractEventLoop):
    """A single-threaded event loop with call_soon/call_later/call_at and tasks, no I/O."""

    def __init__(self):
        self._ready = deque()       # Handles to run at the next iteration
        self._scheduled = []        # heap of (when, sequence, TimerHandle)
        self._sequence = 0
        self._cancelled_timers = 0  # cancelled timers still in the heap
        self._running = self._stopping = self._closed = False
        self._debug = False
        self._factory = None
        self._handler = None
        self._origin = _monotonic() - _slept()
        # Futures whose exception was set and not (yet) read: reported when the loop
        # closes (CPython reports them when the future is garbage-collected).
        self._unread = []
        self._prune_at = 1024

    def __repr__(self):
        return '<%s running=%s closed=%s debug=%s>' % (
            type(self).__name__, self._running, self._closed, self._debug)

    # -- futures and tasks -------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule the coroutine as a Task (through the task factory, if one is set)."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        make = self._factory
        if make is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        task = make(self, coro) if context is None else make(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if not (factory is None or callable(factory)):
            raise TypeError('task factory must be a callable or None')
        self._factory = factory

    def get_task_factory(self):
        return self._factory

    # -- running -----------------------------------------------------------

    def _refuse_if_busy(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop():
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._refuse_if_busy()
        self._running = True
        events._set_running_loop(self)
        try:
            while not self._stopping:
                self._run_once()
        finally:
            self._running = self._stopping = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until `future` (a Future, or a coroutine wrapped in a Task) is done; its result."""
        self._refuse_if_busy()
        made_here = not futures.isfuture(future)
        fut = tasks.ensure_future(future, loop=self)
        if made_here:
            fut._log_destroy_pending = False
        fut.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if made_here and fut.done() and not fut.cancelled():
                fut.exception()  # it propagates anyway: not "never retrieved"
            raise
        finally:
            fut.remove_done_callback(_run_until_complete_cb)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

    def stop(self):
        self._stopping = True

    def close(self):
        """Close the loop (it must not be running); reports exceptions never retrieved."""
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._report_unread()
        tasks._forget_loop(self)
        self._closed = True
        self._ready.clear()
        del self._scheduled[:]
        self._cancelled_timers = 0

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        """The loop's clock (see the module's docstring)."""
        return self._origin + _slept()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    async def shutdown_asyncgens(self):
        """Nothing to do: heapscope installs no async-generator finalizer hooks."""

    async def shutdown_default_executor(self):
        """Nothing to do: heapscope has no thread pool."""

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) at once (heapscope has no threads); returns a done Future."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        outcome = self.create_future()
        try:
            value = func(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as error:
            outcome.set_exception(error)
        else:
            outcome.set_result(value)
        return outcome

    # -- callbacks ---------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) at the next iteration, after those already queued."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._vet(callback, 'call_soon')
        h = events.Handle(callback, args, self, context)
        self._ready.append(h)
        return h

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) `delay` seconds from now on the loop's clock."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at time `when` of loop.time()."""
        if when is None:
            raise TypeError('when cannot be None')
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._vet(callback, 'call_at')
        h = events.TimerHandle(when, callback, args, self, context)
        self._sequence += 1
        heappush(self._scheduled, (when, self._sequence, h))
        h._scheduled = True
        return h

    def _vet(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with %s()' % method)
        if not callable(callback):
            raise TypeError('a callable object was expected by %s(), got %r' % (method, callback))

    def _timer_handle_cancelled(self, h):
        if h._scheduled:
            self._cancelled_timers += 1

    def _drop_cancelled_timers(self):
        heap = self._scheduled
        if len(heap) > _REBUILD_FROM and 2 * self._cancelled_timers > len(heap):
            live = []
            for entry in heap:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    live.append(entry)
            heapify(live)
            self._scheduled = live
            self._cancelled_timers = 0
            return
        while heap and heap[0][2]._cancelled:
            heappop(heap)[2]._scheduled = False
            self._cancelled_timers -= 1

    def _run_once(self):
        """One iteration: wait (on the virtual clock) for the next timer if nothing is
        ready, move the due timers to the ready queue, then run the callbacks that
        were ready at that point (callbacks they schedule wait for the next one)."""
        self._drop_cancelled_timers()
        heap = self._scheduled
        now = self.time()
        if not self._ready and not self._stopping:
            # Nothing to do until the next timer. With no timer at all CPython blocks
            # for good; waiting on the virtual clock ends the run at its deadline.
            gap = min(max(heap[0][0] - now, 0), _LONGEST_WAIT) if heap else _LONGEST_WAIT
            if gap > 0:
                gap = ceil(gap * 1000) / 1000
                _sleep(gap)
                # The clock is a float sum: never let it land a rounding error short.
                now = max(self.time(), now + gap)
        horizon = now + _TICK
        ready = self._ready
        while heap and heap[0][0] < horizon:
            h = heappop(heap)[2]
            h._scheduled = False
            ready.append(h)
        for _ in range(len(ready)):
            h = ready.popleft()
            if not h._cancelled:
                h._run()

    # -- errors ------------------------------------------------------------

    def get_exception_handler(self):
        return self._handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError('A callable object or None is expected, got %r' % (handler,))
        self._handler = handler

    def default_exception_handler(self, context):
        """Log the context on the 'asyncio' logger, as CPython does: the message, one
        'key: repr' line per other entry (sorted), then the exception's traceback.
        With logging unconfigured that goes to stderr."""
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines.extend('%s: %r' % (k, context[k]) for k in sorted(context)
                     if k != 'message' and k != 'exception')
        error = context.get('exception')
        exc_info = False if error is None else (type(error), error, error.__traceback__)
        import logging
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass an error's context to the handler set (or the default one)."""
        handler = self._handler
        if handler is not None:
            try:
                handler(self, context)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as failure:
                context = {'message': 'Unhandled error in exception handler',
                           'exception': failure, 'context': context}
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            import sys
            sys.stderr.write('Exception in default exception handler\n')

    def _note_exception_set(self, fut):
        unread = self._unread
        unread.append(fut)
        if len(unread) >= self._prune_at:
            # Forget the ones read since (amortised: the threshold doubles).
            self._unread = [f for f in unread if f._log_traceback]
            self._prune_at = max(1024, 2 * len(self._unread))

    def _report_unread(self):
        unread, self._unread = self._unread, []
        for fut in unread:
            if fut._log_traceback:
                kind = 'Task' if isinstance(fut, tasks.Task) else 'Future'
                self.call_exception_handler({
                    'message': kind + ' exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (named as CPython's on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop
