"""asyncio's exception classes (heapscope).

asyncio.TimeoutError is the builtin TimeoutError, as in CPython 3.11; CancelledError
derives from BaseException so that `except Exception` does not swallow a cancellation.
(The stream and Barrier errors are absent: heapscope's asyncio has neither.)
"""

__all__ = ('CancelledError', 'InvalidStateError', 'TimeoutError')

import builtins as _builtins

TimeoutError = _builtins.TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state (a Future's result read too early...)."""
