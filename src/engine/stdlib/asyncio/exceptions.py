"""asyncio's exception classes (heapscope).

asyncio.TimeoutError is the builtin TimeoutError, as in CPython 3.11; CancelledError
derives from BaseException so that `except Exception` does not swallow a cancellation.
"""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError', 'TimeoutError',
           'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError')

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """The Task or Future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state (a Future's result read too early...)."""


class SendfileNotAvailableError(RuntimeError):
    """sendfile is not available (heapscope has no I/O at all)."""


class IncompleteReadError(EOFError):
    """A stream ended before the expected number of bytes was read."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """A stream's buffer limit was reached while looking for a separator."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or broken while a task waited on it."""
