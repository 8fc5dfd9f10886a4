"""asyncio for heapscope: tasks, futures and synchronisation on an event loop that runs
on the run's virtual clock (no I/O: no sockets, streams, subprocesses or threads).

`await asyncio.sleep(5)` takes no real time: when no callback is ready, the loop
advances the run's clock (the one time.monotonic() reads) to the next timer. Sleeping
past the run's time limit ends the run as a timeout, like time.sleep.

Written for heapscope from CPython 3.11's documented and observable behaviour. The
package is split as CPython's: events, base_events, futures, tasks, timeouts, locks,
queues, taskgroups, runners, coroutines, exceptions.
"""

from asyncio.exceptions import CancelledError, InvalidStateError, TimeoutError
from asyncio.coroutines import iscoroutine, iscoroutinefunction
from asyncio.events import (AbstractEventLoop, AbstractEventLoopPolicy, Handle, TimerHandle,
                            get_event_loop_policy, set_event_loop_policy, get_event_loop,
                            set_event_loop, new_event_loop, get_running_loop,
                            _get_running_loop, _set_running_loop)
from asyncio.futures import Future, wrap_future, isfuture
from asyncio.tasks import (Task, create_task, FIRST_COMPLETED, FIRST_EXCEPTION,
                           ALL_COMPLETED, wait, wait_for, as_completed, sleep, gather,
                           shield, ensure_future, current_task, all_tasks,
                           _enter_task, _leave_task, _register_task, _unregister_task)
from asyncio.base_events import BaseEventLoop, SelectorEventLoop
from asyncio.timeouts import Timeout, timeout, timeout_at
from asyncio.locks import Lock, Event, Condition, Semaphore, BoundedSemaphore
from asyncio.queues import Queue, PriorityQueue, LifoQueue, QueueFull, QueueEmpty
from asyncio.taskgroups import TaskGroup
from asyncio.runners import Runner, run

DefaultEventLoopPolicy = type(get_event_loop_policy())
