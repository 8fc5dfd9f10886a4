"""The event loop, on the run's virtual clock (heapscope).

The loop keeps a FIFO of ready callbacks and a heap of timers, like CPython's. There is
no I/O, so where CPython blocks in select() until the next timer, this loop calls
time.sleep for that long: the engine's time.sleep advances the run's own clock without
waiting (and ends the run as a timeout when the sleep passes the run's deadline), so
`await asyncio.sleep(60)` costs no real time and `asyncio.sleep(10**6)` ends the run as
a timeout instead of hanging.

Two choices keep the order of events independent of how fast the engine runs:
- loop.time() is time.monotonic() read once per iteration of the loop: callbacks run
  in the same iteration share one instant, so equal delays scheduled together give
  equal deadlines. Timers with equal deadlines run in the order they were scheduled
  (the heap holds (when, sequence, handle)).
- A wait is rounded up to whole milliseconds, as CPython's epoll selector does, so
  timers due within that millisecond run in the same iteration, as they do in CPython.
"""

import collections
import heapq
import math
from time import monotonic as _monotonic, sleep as _advance_clock

from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio import tasks

__all__ = ('BaseEventLoop', 'Server')

# As in CPython: a timer is due when it is at most one clock tick in the future, a
# single wait lasts at most a day, and the timer heap is rebuilt once more than half
# of (at least 100) timers are cancelled.
_CLOCK_RESOLUTION = 1e-09
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop stops by itself: the exception is already propagating.
            return
    fut.get_loop().stop()


class Server:
    """Not available: heapscope's asyncio has no network I/O."""


class BaseEventLoop(events.AbstractEventLoop):
    """A single-threaded event loop with call_soon/call_later/call_at and tasks, no I/O."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._clock_resolution = _CLOCK_RESOLUTION
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._timer_sequence = 0
        self._now = None
        # Futures whose exception was set and not (yet) read: reported when the loop
        # closes (CPython reports them when the future is garbage-collected).
        self._unretrieved = []
        self._prune_at = 1024

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # -- futures and tasks -------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule the coroutine as a Task (through the task factory, if one is set)."""
        self._check_closed()
        if self._task_factory is None:
            return tasks.Task(coro, loop=self, name=name, context=context)
        if context is None:
            task = self._task_factory(self, coro)
        else:
            task = self._task_factory(self, coro, context=context)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # -- running -----------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until `future` (a Future, or a coroutine wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception is going up anyway: do not report it as never retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        """Close the loop (it must not be running); reports exceptions never retrieved."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._report_unretrieved()
        tasks._forget_loop(self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        """The loop's clock: time.monotonic() (the run's virtual clock) as read at the
        start of this iteration of the loop (live when the loop is not running)."""
        now = self._now
        if now is None or not self._running:
            return _monotonic()
        return now

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
        self._check_closed()
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    # -- callbacks ---------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) at the next iteration, after those already queued."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

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
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        self._timer_sequence += 1
        heapq.heappush(self._scheduled, (when, self._timer_sequence, timer))
        timer._scheduled = True
        return timer

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: drop cancelled timers, wait (on the virtual clock) for the
        next timer if nothing is ready, move due timers to the ready queue, then run
        the callbacks that were ready at the start of the iteration."""
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for entry in scheduled:
                if entry[2]._cancelled:
                    entry[2]._scheduled = False
                else:
                    kept.append(entry)
            heapq.heapify(kept)
            self._scheduled = scheduled = kept
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0][2]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(scheduled)[2]
                handle._scheduled = False

        now = _monotonic()
        if self._now is not None and now < self._now:
            now = self._now
        if not self._ready and not self._stopping:
            if scheduled:
                wait = min(max(0, scheduled[0][0] - now), _MAXIMUM_SELECT_TIMEOUT)
            else:
                # Nothing can ever happen: CPython blocks forever here. Waiting on the
                # virtual clock ends the run at its deadline instead.
                wait = _MAXIMUM_SELECT_TIMEOUT
            if wait > 0:
                wait = math.ceil(wait * 1e3) * 1e-3
                _advance_clock(wait)
                # The clock is a float sum: never let it land a rounding error short.
                now = max(_monotonic(), now + wait)
        self._now = now
        end_time = now + self._clock_resolution
        ready = self._ready
        while scheduled:
            if scheduled[0][0] >= end_time:
                break
            handle = heapq.heappop(scheduled)[2]
            handle._scheduled = False
            ready.append(handle)

        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()
        handle = None

    # -- errors ------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context (message, then 'key: repr' lines, then the traceback) on the
        'asyncio' logger; with logging unconfigured that is stderr, as in CPython."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {context[key]!r}')
        import logging
        exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
        logging.getLogger('asyncio').error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Pass an error's context to the handler set (or the default one)."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import sys
                sys.stderr.write('Exception in default exception handler\n')
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                import sys
                sys.stderr.write('Exception in default exception handler\n')

    def _note_exception_set(self, fut):
        self._unretrieved.append(fut)
        if len(self._unretrieved) >= self._prune_at:
            # Forget the ones read since (amortised: the threshold doubles).
            self._unretrieved = [f for f in self._unretrieved if f._log_traceback]
            self._prune_at = max(1024, 2 * len(self._unretrieved))

    def _report_unretrieved(self):
        pending = self._unretrieved
        self._unretrieved = []
        for fut in pending:
            if not fut._log_traceback:
                continue
            kind = 'Task' if isinstance(fut, tasks.Task) else 'Future'
            self.call_exception_handler({
                'message': f'{kind} exception was never retrieved',
                'exception': fut._exception,
                'future': fut,
            })


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop new_event_loop() makes (named as CPython's on Linux)."""


SelectorEventLoop = _UnixSelectorEventLoop
