"""Tasks and the functions that combine awaitables (heapscope).

A Task drives a coroutine: each step sends None into it (or throws the exception of
the future it waited on). When the coroutine yields a Future (`await fut` does), the
next step becomes that future's done callback; a bare `yield` (`await sleep(0)`) just
queues the next step behind the other ready callbacks.
"""

import functools
import inspect
import types

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import futures

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield',
           'ensure_future', 'current_task', 'all_tasks')

_Cancelled = exceptions.CancelledError
_PENDING = 'PENDING'

# Per run (module state): how many tasks got a default name, each loop's running
# task, and each loop's unfinished tasks (a dict used as an ordered set).
_names_given = [0]
_current_tasks = {}
_unfinished = {}


def current_task(loop=None):
    """The Task running now on `loop` (the running loop by default), or None."""
    return _current_tasks.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """The set of tasks of `loop` (the running loop by default) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _unfinished.get(loop, ()) if not t.done()}


def _register_task(task):
    mine = _unfinished.get(task._loop)
    if mine is None:
        _unfinished[task._loop] = mine = {}
    mine[task] = None


def _unregister_task(task):
    mine = _unfinished.get(task._loop)
    if mine is not None:
        mine.pop(task, None)
        if not mine:
            del _unfinished[task._loop]


def _forget_loop(loop):
    """The loop closed: drop its bookkeeping (its tasks can never run again)."""
    _unfinished.pop(loop, None)
    _current_tasks.pop(loop, None)


def _enter_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not None:
        raise RuntimeError('Cannot enter into task %r while another task %r is being '
                           'executed.' % (task, running))
    _current_tasks[loop] = task


def _leave_task(loop, task):
    running = _current_tasks.get(loop)
    if running is not task:
        raise RuntimeError('Leaving task %r does not match the current task %r.'
                           % (task, running))
    del _current_tasks[loop]


def _set_task_name(task, name):
    if name is None:
        return
    setter = getattr(task, 'set_name', None)
    if setter is not None:
        setter(name)


class Task(futures.Future):
    """A coroutine scheduled on the loop; a Future of the coroutine's return value."""
    __heapscope_tp_name__ = "_asyncio.Task"

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Future.__init__, inlined: tasks are made by the ten thousand (gather trees).
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            _names_given[0] += 1
            name = 'Task-%d' % _names_given[0]
        else:
            name = str(name)
        self._name = name
        self._coro = coro
        self._context = context
        self._fut_waiter = None       # the future the coroutine waits on
        self._must_cancel = False     # throw CancelledError in at the next step
        self._cancel_requests = 0
        self._loop.call_soon(self.__step, context=context)
        _register_task(self)

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        parts = futures.Future._repr_info(self)
        if self._must_cancel:
            parts[0] = 'cancelling'
        coro = coroutines._format_coroutine(self._coro, self.done())
        parts[1:1] = ['name=%r' % (self._name,), 'coro=<%s>' % coro]
        if self._fut_waiter is not None:
            parts.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return parts

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """Frames are not exposed by heapscope: always an empty list."""
        return []

    def print_stack(self, *, limit=None, file=None):
        import sys
        print('No stack for %r' % (self,), file=sys.stderr if file is None else file)

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at its next
        step. False if the task is already done."""
        self._unread = False
        if self._state != _PENDING:
            return False
        self._cancel_requests += 1
        waiting_on = self._fut_waiter
        if waiting_on is not None and waiting_on.cancel(msg=msg):
            # The waiter's done callback steps the task with the CancelledError.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests:
            self._cancel_requests -= 1
        return self._cancel_requests

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                '_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            self._must_cancel = False
            if not isinstance(exc, _Cancelled):
                exc = self._make_cancelled_error()
        self._fut_waiter = None
        loop = self._loop
        if loop in _current_tasks:
            _enter_task(loop, self)  # raises: another task is running
        _current_tasks[loop] = self
        try:
            coro = self._coro
            yielded = coro.send(None) if exc is None else coro.throw(exc)
        except StopIteration as finished:
            if self._must_cancel:
                # Cancelled while finishing: it ends cancelled all the same.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, finished.value)
            _unregister_task(self)
        except _Cancelled as cancelled:
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
            _unregister_task(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            _unregister_task(self)
            raise
        except BaseException as failure:
            futures.Future.set_exception(self, failure)
            _unregister_task(self)
        else:
            self.__park(yielded)
        finally:
            if _current_tasks.get(loop) is not self:
                _leave_task(loop, self)  # raises: not the current task
            del _current_tasks[loop]

    def __park(self, yielded):
        """The coroutine yielded: wait for the future it gave, or go round again."""
        if yielded is None:
            self._loop.call_soon(self.__step, context=self._context)
            return
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is None:
            if inspect.isgenerator(yielded):
                problem = ('yield was used instead of yield from for generator in task '
                           '%r with %r' % (self, yielded))
            else:
                problem = 'Task got bad yield: %r' % (yielded,)
        elif futures._get_loop(yielded) is not self._loop:
            problem = 'Task %r got Future %r attached to a different loop' % (self, yielded)
        elif not blocking:
            problem = ('yield was used instead of yield from in task %r with %r'
                       % (self, yielded))
        elif yielded is self:
            problem = 'Task cannot await on itself: %r' % (self,)
        else:
            yielded._asyncio_future_blocking = False
            yielded.add_done_callback(self.__wakeup, context=self._context)
            self._fut_waiter = yielded
            if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                self._must_cancel = False
            return
        self._loop.call_soon(self.__step, RuntimeError(problem), context=self._context)

    def __wakeup(self, awaited):
        try:
            awaited.result()
        except BaseException as error:
            self.__step(error)
        else:
            self.__step()


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; returns its Task."""
    running = events.get_running_loop()
    if context is None:
        t = running.create_task(coro)
    else:
        t = running.create_task(coro, context=context)
    _set_task_name(t, name)
    return t


def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine (or other awaitable) wrapped in a Task."""
    obj = coro_or_future
    if futures.isfuture(obj):
        if loop is not None and futures._get_loop(obj) is not loop:
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return obj
    adapted = False
    if not coroutines.iscoroutine(obj):
        if not inspect.isawaitable(obj):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        obj = _awaitable_as_coroutine(obj)
        adapted = True
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(obj)
    except RuntimeError:
        if not adapted:
            obj.close()  # never run: no "never awaited" leftovers
        raise


@types.coroutine
def _awaitable_as_coroutine(awaitable):
    return (yield from awaitable.__await__())


@types.coroutine
def _one_turn():
    """Yield once to the Task: it reschedules itself, one turn of the loop."""
    yield


async def sleep(delay, result=None):
    """Return `result` after `delay` seconds (of the run's virtual clock)."""
    if delay <= 0:
        await _one_turn()
        return result
    running = events.get_running_loop()
    alarm = running.create_future()
    timer = running.call_later(delay, futures._set_result_unless_cancelled, alarm, result)
    try:
        return await alarm
    finally:
        timer.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        futures.Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = [child.cancel(msg=msg) for child in self._children]
        if any(hit):
            # The children's callbacks will finish this future.
            self._cancel_requested = True
            return True
        return False


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results, in the order given. The first exception
    propagates (the others keep running) unless return_exceptions is true."""
    if not coros_or_futures:
        empty = events.get_event_loop().create_future()
        empty.set_result([])
        return empty

    by_arg = {}         # each distinct argument's future (an argument may repeat)
    order = []          # the futures in argument order
    seen_done = [0]
    holder = []         # the outer future, once made

    def child_done(child):
        seen_done[0] += 1
        outer = holder[0] if holder else None
        if outer is None or outer.done():
            if not child.cancelled():
                child.exception()  # mark it retrieved
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            error = child.exception()
            if error is not None:
                outer.set_exception(error)
                return
        if seen_done[0] < len(by_arg):
            return
        collected = []
        for f in order:
            if f.cancelled():
                why = f._cancel_message
                collected.append(_Cancelled('' if why is None else why))
            else:
                error = f.exception()
                collected.append(f.result() if error is None else error)
        if outer._cancel_requested:
            outer.set_exception(child._make_cancelled_error())
        else:
            outer.set_result(collected)

    loop = None
    for arg in coros_or_futures:
        f = by_arg.get(arg)
        if f is None:
            f = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(f)
            if f is not arg:
                f._log_destroy_pending = False
            by_arg[arg] = f
            f.add_done_callback(child_done)
        order.append(f)
    holder.append(_GatheringFuture(order, loop=loop))
    return holder[0]


def shield(arg):
    """A future for `arg` whose cancellation does not cancel `arg` itself."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    guard = futures._get_loop(inner).create_future()

    def copy_outcome(done_inner):
        if guard.cancelled():
            if not done_inner.cancelled():
                done_inner.exception()  # mark it retrieved
            return
        if done_inner.cancelled():
            guard.cancel()
            return
        error = done_inner.exception()
        if error is None:
            guard.set_result(done_inner.result())
        else:
            guard.set_exception(error)

    def forget_inner(_guard):
        if not inner.done():
            inner.remove_done_callback(copy_outcome)

    inner.add_done_callback(copy_outcome)
    guard.add_done_callback(forget_inner)
    return guard


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _wake(waiter, *_ignored):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in `fs`; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % (return_when,))
    running = events.get_running_loop()
    fs = set(fs)
    for f in fs:
        if coroutines.iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=running) for f in fs}
    return await _wait_for_set(fs, timeout, return_when, running)


async def _wait_for_set(fs, timeout, return_when, loop):
    wakeup = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _wake, wakeup)
    left = [len(fs)]

    def one_done(f):
        left[0] -= 1
        enough = left[0] <= 0 or return_when == FIRST_COMPLETED or (
            return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        if enough:
            if timer is not None:
                timer.cancel()
            _wake(wakeup)

    for f in fs:
        f.add_done_callback(one_done)
    try:
        await wakeup
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(one_done)
    finished = {f for f in fs if f.done()}
    return finished, fs - finished


async def _cancel_and_wait(fut, loop):
    """Cancel `fut` and wait until it is really done (it may ignore the cancellation)."""
    settled = loop.create_future()
    notify = functools.partial(_wake, settled)
    fut.add_done_callback(notify)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(notify)


async def wait_for(fut, timeout):
    """Await `fut`, cancelling it and raising TimeoutError after `timeout` seconds."""
    running = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        work = ensure_future(fut, loop=running)
        if work.done():
            return work.result()
        await _cancel_and_wait(work, running)
        return _result_or_timeout(work)

    wakeup = running.create_future()
    timer = running.call_later(timeout, _wake, wakeup)
    notify = functools.partial(_wake, wakeup)
    work = ensure_future(fut, loop=running)
    work.add_done_callback(notify)
    try:
        try:
            await wakeup
        except _Cancelled:
            # We were cancelled: cancel the work too (unless it just finished).
            if work.done():
                return work.result()
            work.remove_done_callback(notify)
            await _cancel_and_wait(work, running)
            raise
        if work.done():
            return work.result()
        # Time is up: cancel the work and wait for it to really end before raising.
        work.remove_done_callback(notify)
        await _cancel_and_wait(work, running)
        return _result_or_timeout(work)
    finally:
        timer.cancel()


def _result_or_timeout(work):
    """After cancelling for a timeout: its result if it finished anyway, else TimeoutError."""
    try:
        return work.result()
    except _Cancelled as cancelled:
        raise exceptions.TimeoutError() from cancelled


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results in the order they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    from asyncio.queues import Queue
    loop = events.get_event_loop()
    outstanding = {ensure_future(f, loop=loop) for f in set(fs)}
    finished = Queue()
    timers = []

    def time_up():
        # Every awaitable not handed out yet will raise TimeoutError.
        for f in outstanding:
            f.remove_done_callback(one_done)
            finished.put_nowait(None)
        outstanding.clear()

    def one_done(f):
        if outstanding:
            outstanding.remove(f)
            finished.put_nowait(f)
            if not outstanding and timers:
                timers[0].cancel()

    async def next_result():
        f = await finished.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in outstanding:
        f.add_done_callback(one_done)
    if outstanding and timeout is not None:
        timers.append(loop.call_later(timeout, time_up))
    for _ in range(len(outstanding)):
        yield next_result()
