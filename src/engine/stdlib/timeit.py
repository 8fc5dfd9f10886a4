"""Time small pieces of code: timeit, repeat, Timer (heapscope).

The clock is the run's own (time.perf_counter); statements given as strings are run
with exec in a namespace of their own (or `globals=`).
"""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._globals = {} if globals is None else globals
        if isinstance(stmt, str):
            self._stmt_src = stmt
            self._stmt = None
        elif callable(stmt):
            self._stmt = stmt
            self._stmt_src = None
        else:
            raise ValueError("stmt is neither a string nor callable")
        if isinstance(setup, str):
            self._setup_src = setup
            self._setup = None
        elif callable(setup):
            self._setup = setup
            self._setup_src = None
        else:
            raise ValueError("setup is neither a string nor callable")

    def timeit(self, number=default_number):
        ns = self._globals
        if self._setup is not None:
            self._setup()
        elif self._setup_src.strip() not in ("", "pass"):
            exec(self._setup_src, ns)
        stmt = self._stmt
        src = self._stmt_src
        timer = self.timer
        t0 = timer()
        if stmt is not None:
            for _ in range(number):
                stmt()
        elif src.strip() not in ("", "pass"):
            for _ in range(number):
                exec(src, ns)
        else:
            for _ in range(number):
                pass
        return timer() - t0

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
