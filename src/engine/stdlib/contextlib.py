"""Utilities for with-statement contexts (heapscope)."""

# contextmanager, ContextDecorator, closing, nullcontext, suppress, redirect_stdout,
# redirect_stderr, ExitStack, AbstractContextManager. The async variants are missing
# (the compiler has no async def yet).

import sys
from collections import deque
from functools import wraps
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress"]


def _has_protocol(klass, names):
    # Every name defined somewhere on the MRO, and not blanked out with None.
    for name in names:
        for ancestor in klass.__mro__:
            if name in ancestor.__dict__:
                if ancestor.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(metaclass=_ABCMeta):
    __slots__ = ()

    def __enter__(self):
        return self

    @_abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _has_protocol(C, ("__enter__", "__exit__"))


class ContextDecorator:
    # A context manager usable as a decorator: each call of the decorated function
    # runs inside a `with` of a fresh (or the same) context manager.

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_source = self

        @wraps(func)
        def run_inside(*call_args, **call_kwargs):
            with manager_source._recreate_cm():
                return func(*call_args, **call_kwargs)
        return run_inside


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""

    # The object @contextmanager returns: the generator's first yield is the body of
    # __enter__, the rest runs in __exit__ (with the exception thrown in, if any).

    def __init__(self, func, args, kwds):
        self.func = func
        self.args = args
        self.kwds = kwds
        self.gen = func(*self.args, **self.kwds)
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        # Used by the decorator form: every call needs a fresh generator.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.func, self.args, self.kwds
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            return self._finish_normally()
        return self._finish_with(typ() if value is None else value)

    def _finish_normally(self):
        try:
            next(self.gen)
        except StopIteration:
            return False
        raise RuntimeError("generator didn't stop")

    def _finish_with(self, thrown):
        # Returns True when the generator swallowed `thrown`, False to let it
        # propagate unchanged; anything new the generator raises propagates.
        try:
            self.gen.throw(thrown)
        except StopIteration as stop:
            return stop is not thrown
        except RuntimeError as err:
            if err is thrown:
                return False
            # A StopIteration thrown into the generator comes back as a RuntimeError
            # caused by it (PEP 479): that is still the original exception.
            if isinstance(thrown, StopIteration) and err.__cause__ is thrown:
                return False
            raise
        except BaseException as err:
            if err is thrown:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    @wraps(func)
    def make_manager(*call_args, **call_kwargs):
        return _GeneratorContextManager(func, call_args, call_kwargs)
    return make_manager


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    # Swaps one sys stream; re-entrant, so the saved targets form a stack.
    _stream_name = None

    def __init__(self, new_target):
        self._replacement = new_target
        self._displaced = []

    def __enter__(self):
        name = self._stream_name
        self._displaced.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream_name, self._displaced.pop())


class redirect_stdout(_RedirectStream):
    _stream_name = "stdout"


class redirect_stderr(_RedirectStream):
    _stream_name = "stderr"


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._suppressed_types = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._suppressed_types)


def _relink_context(raised, replaced, outer):
    # `raised` came out of an exit callback while `replaced` was being handled. Give
    # the chain the shape nested with statements would: walk raised's __context__
    # chain and hang `replaced` where it ends or where the exception that was active
    # around the whole `with` (outer) appears.
    link = raised
    while True:
        ctx = link.__context__
        if ctx is None or ctx is replaced:
            return
        if ctx is outer:
            break
        link = ctx
    link.__context__ = replaced


class ExitStack(AbstractContextManager):
    # Exit callbacks run last-in first-out; each sees the exception left by the ones
    # after it, as if the contexts had been nested with statements.

    def __init__(self):
        self._pending_exits = deque()

    def pop_all(self):
        successor = type(self)()
        successor._pending_exits, self._pending_exits = self._pending_exits, deque()
        return successor

    def _add_manager_exit(self, manager, exit_method):
        def run_exit(exc_type, exc, tb):
            return exit_method(manager, exc_type, exc, tb)
        run_exit.__self__ = manager
        self._pending_exits.append(run_exit)

    def push(self, exit):
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            # A bare callable with the __exit__ signature.
            self._pending_exits.append(exit)
        else:
            self._add_manager_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        kind = type(cm)
        enter = getattr(kind, "__enter__", None)
        leave = getattr(kind, "__exit__", None)
        if enter is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            "not support the context manager protocol")
        result = enter(cm)
        self._add_manager_exit(cm, leave)
        return result

    def callback(self, callback, /, *args, **kwds):
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._pending_exits.append(run_callback)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        current = exc_details
        suppressed = False
        failure = None
        callbacks = self._pending_exits
        while callbacks:
            run = callbacks.pop()
            try:
                swallowed = run(*current)
            except BaseException as err:
                _relink_context(err, current[1], outer)
                failure = err
                current = (type(err), err, None)
                continue
            if swallowed:
                suppressed = True
                failure = None
                current = (None, None, None)
        if failure is not None:
            # Raising here would make the exception being handled its context;
            # keep the chain built above instead.
            context = failure.__context__
            try:
                raise failure
            except BaseException:
                failure.__context__ = context
                raise
        return had_exception and suppressed
