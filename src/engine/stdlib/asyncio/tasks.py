"""Tasks and the functions that combine awaitables (heapscope).

A Task drives a coroutine: each step sends None into it (or throws the exception of
the future it waited on), and when the coroutine yields a Future (from `await fut`),
the next step is scheduled as that future's done callback. A bare `yield` (what
`await asyncio.sleep(0)` does) just reschedules the next step with call_soon.
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

_task_counter = [0]


def _next_task_name():
    _task_counter[0] += 1
    return f'Task-{_task_counter[0]}'


# The tasks each loop is running now (loop -> task) and the tasks not yet done.
_current_tasks = {}
_pending_tasks = {}


def current_task(loop=None):
    """The Task running now on `loop` (the running loop by default), or None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of tasks of `loop` (the running loop by default) that are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _pending_tasks.get(loop, ()) if not t.done()}


def _register_task(task):
    tasks = _pending_tasks.get(task._loop)
    if tasks is None:
        tasks = _pending_tasks[task._loop] = {}
    tasks[task] = None


def _unregister_task(task):
    tasks = _pending_tasks.get(task._loop)
    if tasks is not None:
        tasks.pop(task, None)
        if not tasks:
            del _pending_tasks[task._loop]


def _forget_loop(loop):
    """The loop closed: drop its bookkeeping (its tasks can never run again)."""
    _pending_tasks.pop(loop, None)
    _current_tasks.pop(loop, None)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            pass
        else:
            set_name(name)


class Task(futures.Future):
    """A coroutine scheduled on the loop; a Future of the coroutine's return value."""

    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # Future.__init__, inlined: tasks are made by the ten thousand (gather trees).
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            _task_counter[0] += 1
            self._name = f'Task-{_task_counter[0]}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self.__step, context=context)
        _register_task(self)

    def __repr__(self):
        info = self._repr_info()
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(info))

    def _repr_info(self):
        info = super()._repr_info()
        if self._must_cancel:
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{coroutines._format_coroutine(self._coro, self.done())}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

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
        print(f'No stack for {self!r}', file=file if file is not None else sys.stderr)

    def cancel(self, msg=None):
        """Ask the task to stop: CancelledError is thrown into its coroutine at its next
        step. False if the task is already done."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback will step the task with CancelledError.
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self._state != 'PENDING':
            raise exceptions.InvalidStateError(f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        if loop in _current_tasks:
            _enter_task(loop, self)  # raises: another task is running
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # Cancelled while the coroutine was finishing: it ends cancelled.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
            self._finished()
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
            self._finished()
        except (KeyboardInterrupt, SystemExit) as fatal:
            futures.Future.set_exception(self, fatal)
            self._finished()
            raise
        except BaseException as error:
            futures.Future.set_exception(self, error)
            self._finished()
        else:
            self.__wait_on(result)
        finally:
            if _current_tasks.get(loop) is not self:
                _leave_task(loop, self)  # raises: not the current task
            del _current_tasks[loop]
            self = None

    def __wait_on(self, result):
        """The coroutine yielded `result`: wait for it if it is a future."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not self._loop:
                problem = RuntimeError(f'Task {self!r} got Future {result!r} attached to a different loop')
            elif blocking:
                if result is self:
                    problem = RuntimeError(f'Task cannot await on itself: {self!r}')
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                    return
            else:
                problem = RuntimeError(f'yield was used instead of yield from in task {self!r} with {result!r}')
        elif result is None:
            # A bare yield: give the other callbacks a turn, then continue.
            self._loop.call_soon(self.__step, context=self._context)
            return
        elif inspect.isgenerator(result):
            problem = RuntimeError(f'yield was used instead of yield from for generator in task {self!r} with {result!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {result!r}')
        self._loop.call_soon(self.__step, problem, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()
        self = None

    def _finished(self):
        _unregister_task(self)


def _make_task_from(coro, loop):
    return loop.create_task(coro)


def create_task(coro, *, name=None, context=None):
    """Schedule the coroutine on the running loop; returns its Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    """A Future as is; a coroutine (or other awaitable) wrapped in a Task."""
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if inspect.isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


@types.coroutine
def _sleep0():
    """Yield once to the Task: it reschedules itself, one turn of the loop."""
    yield


async def sleep(delay, result=None):
    """Return `result` after `delay` seconds (of the run's virtual clock)."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return (await future)
    finally:
        handle.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s result: cancelling it cancels every child."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The children's callbacks set this future's state.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of results, in the order given. The first exception
    propagates (the others keep running) unless return_exceptions is true."""
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    state = {'finished': 0}
    children = []
    arg_to_fut = {}
    loop = None
    outer = None

    def _done_callback(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # mark it retrieved
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == len(arg_to_fut):
            results = []
            for child in children:
                if child.cancelled():
                    msg = '' if child._cancel_message is None else child._cancel_message
                    res = exceptions.CancelledError(msg)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        fut = arg_to_fut.get(arg)
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future for `arg` whose cancellation does not cancel `arg` itself."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # mark it retrieved
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in `fs`; returns (done, pending) sets."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    return (await _wait(fs, timeout, return_when, loop))


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel `fut` and wait until it is done (it may ignore the cancellation)."""
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Await `fut`, cancelling it and raising TimeoutError after `timeout` seconds."""
    loop = events.get_running_loop()
    if timeout is None:
        return (await fut)
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        # Cancel the awaitable and wait for it to really end before raising.
        await _cancel_and_wait(fut, loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables giving the results in the order they complete."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from asyncio.queues import Queue
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # one TimeoutError per awaitable left
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()
