"""TaskGroup (3.11): tasks created in an `async with` block are all awaited at its
end; the first failure cancels the others (and the block's body), and the failures are
raised together in an ExceptionGroup (heapscope).

The engine's ExceptionGroup/BaseExceptionGroup builtins report the failures; on an
engine without them a failing group raises RuntimeError (chained to the first error).
"""

import builtins

from asyncio import events
from asyncio import exceptions
from asyncio import tasks

__all__ = ('TaskGroup',)

_Cancelled = exceptions.CancelledError


def _fatal(error):
    # These end the program: raised as they are, never wrapped in a group.
    return isinstance(error, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """`async with asyncio.TaskGroup() as tg: tg.create_task(coro)`."""

    def __init__(self):
        self._loop = None
        self._parent = None           # the task running the `async with` block
        self._children = set()        # tasks not finished yet
        self._errors = []
        self._fatal_error = None
        self._entered = self._exiting = self._aborting = False
        self._we_cancelled_parent = False
        self._all_finished = None     # a future __aexit__ waits on

    def __repr__(self):
        parts = []
        if self._children:
            parts.append('tasks=%d' % len(self._children))
        if self._errors:
            parts.append('errors=%d' % len(self._errors))
        if self._aborting:
            parts.append('cancelling')
        elif self._entered:
            parts.append('entered')
        return '<TaskGroup%s>' % ''.join(' ' + p for p in parts)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has been already entered' % (self,))
        self._entered = True
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError('TaskGroup %r cannot determine the parent task' % (self,))
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        outer_cancel = exc if et is _Cancelled else None
        if self._we_cancelled_parent and self._parent.uncancel() == 0:
            # The body's CancelledError was our doing (a child failed): not propagated.
            outer_cancel = None
        if et is not None and not self._aborting:
            self._abort()

        while self._children:
            if self._all_finished is None:
                self._all_finished = self._loop.create_future()
            try:
                await self._all_finished
            except _Cancelled as cancel:
                # The parent itself was cancelled while waiting for the children.
                if not self._aborting:
                    outer_cancel = cancel
                    self._abort()
            self._all_finished = None

        if self._fatal_error is not None:
            raise self._fatal_error
        if outer_cancel is not None and not self._errors:
            raise outer_cancel
        if et is not None and et is not _Cancelled:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            group_type = getattr(builtins, 'BaseExceptionGroup', None)
            if group_type is None:
                raise RuntimeError('TaskGroup: tasks failed, and this interpreter has no '
                                   'ExceptionGroup to report them') from errors[0]
            raise group_type('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        """Create a task in the group (which must be entered and not shutting down)."""
        if not self._entered:
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._children:
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        if context is None:
            child = self._loop.create_task(coro)
        else:
            child = self._loop.create_task(coro, context=context)
        tasks._set_task_name(child, name)
        if child.done():
            self._child_finished(child)
        else:
            self._children.add(child)
            child.add_done_callback(self._child_finished)
        return child

    def _abort(self):
        self._aborting = True
        for child in self._children:
            if not child.done():
                child.cancel()

    def _child_finished(self, child):
        self._children.discard(child)
        waiter = self._all_finished
        if waiter is not None and not self._children and not waiter.done():
            waiter.set_result(True)
        if child.cancelled():
            return
        error = child.exception()
        if error is None:
            return
        self._errors.append(error)
        if _fatal(error) and self._fatal_error is None:
            self._fatal_error = error
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': 'Task %r has errored out but its parent task %s is already '
                           'completed' % (child, self._parent),
                'exception': error,
                'task': child,
            })
            return
        if not self._aborting and not self._we_cancelled_parent:
            # The first failure: cancel the siblings, and the parent so that the body
            # stops at its next await.
            self._abort()
            self._we_cancelled_parent = True
            self._parent.cancel()
