"""Time small pieces of code: timeit, repeat, Timer (heapscope).

The clock is the run's own (time.perf_counter); code given as a string is run with exec
in a namespace of its own (or the `globals=` dict), shared by setup and statement.
"""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _nothing():
    pass


def _runner(code, role, namespace):
    # A no-argument callable doing CODE: a callable as is, a string through exec.
    if callable(code):
        return code
    if not isinstance(code, str):
        raise ValueError("%s is neither a string nor callable" % role)
    if code.strip() in ("", "pass"):
        return _nothing

    def run():
        exec(code, namespace)
    return run


class Timer:
    """Times `stmt`, run a given number of times after `setup` has run once."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        self._statement = _runner(stmt, "stmt", namespace)
        self._setup = _runner(setup, "setup", namespace)

    def timeit(self, number=default_number):
        """Seconds (by self.timer) taken by NUMBER runs of the statement."""
        self._setup()
        action = self._statement
        clock = self.timer
        started = clock()
        for _ in range(number):
            action()
        return clock() - started

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Try 1, 2, 5, 10, 20, 50, ... runs until they take 0.2 s; return (runs, seconds)."""
        scale = 1
        while True:
            for factor in (1, 2, 5):
                runs = scale * factor
                seconds = self.timeit(runs)
                if callback:
                    callback(runs, seconds)
                if seconds >= 0.2:
                    return (runs, seconds)
            scale *= 10

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (the timed code's)."""
        import sys
        import traceback
        traceback.print_exception(sys.exception(), file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    timer_object = Timer(stmt=stmt, setup=setup, timer=timer, globals=globals)
    return timer_object.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    timer_object = Timer(stmt=stmt, setup=setup, timer=timer, globals=globals)
    return timer_object.repeat(repeat, number)
