"""TestResult: collects the outcome of each test (heapscope)."""

import io
import sys
import traceback
import _traceback
from unittest.util import strclass

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _ours(filename):
    # the engine names a stdlib module's code '<frozen NAME>'
    return filename.startswith('<frozen unittest')


def _frame_filter(tb, failure):
    """The predicate TracebackException uses to leave frames out, called once per frame
    in order: first for the reported exception's traceback, then for its chained ones.
    Dropped, as CPython does: unittest's own frames; and for a failure, everything from
    the first unittest frame after the test's code (the assertion's internals)."""
    files = [entry[0] for entry in _traceback.entries(tb)] if tb is not None else []
    keep = [False] * len(files)
    in_test = False
    for k, name in enumerate(files):
        if _ours(name):
            if in_test and failure:
                break
        else:
            in_test = True
            keep[k] = True
    calls = [0]

    def hide(filename):
        k = calls[0]
        calls[0] = k + 1
        if k < len(keep):
            return not keep[k]
        return _ours(filename)
    return hide


def _stops_when_failfast(method):
    def recorder(self, *args, **kwargs):
        if getattr(self, 'failfast', False):
            self.shouldStop = True
        return method(self, *args, **kwargs)
    recorder.__name__ = method.__name__
    recorder.__doc__ = method.__doc__
    return recorder


class TestResult:
    """Holds the failures, errors, skips and counts of a test run. Tests report to it
    through the add* methods; each failure or error is stored as (test, formatted
    traceback)."""

    _ut_last_class = None
    _ut_in_run = False
    _ut_module_broken = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # stream, descriptions and verbosity are for subclasses that print
        self.failures, self.errors, self.skipped = [], [], []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.testsRun = 0
        self.failfast = self.shouldStop = self.buffer = self.tb_locals = False
        self._capture = None          # (out, err) StringIOs while buffer is on
        self._real_streams = (sys.stdout, sys.stderr)
        self._show_captured = False   # a failed test's captured output gets printed

    def printErrors(self):
        "Called by TestRunner after the run; a plain TestResult prints nothing."

    def startTestRun(self):
        "Called once before any test runs."

    def stopTestRun(self):
        "Called once after all tests ran."

    def startTest(self, test):
        "Called when the given test is about to run."
        self.testsRun += 1
        self._show_captured = False
        self._setupStdout()

    def stopTest(self, test):
        "Called when the given test has run."
        self._restoreStdout()
        self._show_captured = False

    # -- output capture (buffer=True) --

    def _setupStdout(self):
        if self.buffer:
            if self._capture is None:
                self._capture = (io.StringIO(), io.StringIO())
            sys.stdout, sys.stderr = self._capture

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._show_captured:
            # the test failed: show what it printed
            for captured, target, template in zip((sys.stdout, sys.stderr), self._real_streams,
                                                  (STDOUT_LINE, STDERR_LINE)):
                text = captured.getvalue()
                if text:
                    target.write(template % _with_newline(text))
        sys.stdout, sys.stderr = self._real_streams
        for buf in self._capture:
            buf.seek(0)
            buf.truncate()

    # -- outcomes --

    @_stops_when_failfast
    def addError(self, test, err):
        """An exception other than a failure escaped the test; err is sys.exc_info()."""
        self._record(self.errors, test, err, test)

    @_stops_when_failfast
    def addFailure(self, test, err):
        """The test failed (raised failureException); err is sys.exc_info()."""
        self._record(self.failures, test, err, test)

    def addSubTest(self, test, subtest, err):
        """A subtest finished; err is None when it passed, else sys.exc_info()."""
        if err is None:
            return
        if self.failfast:
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._record(self.failures if failed else self.errors, subtest, err, test)

    def addSuccess(self, test):
        "The test passed."

    def addSkip(self, test, reason):
        """The test was skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """A test marked expectedFailure failed."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_stops_when_failfast
    def addUnexpectedSuccess(self, test):
        """A test marked expectedFailure passed."""
        self.unexpectedSuccesses += [test]

    def wasSuccessful(self):
        """True when nothing failed, errored or unexpectedly passed."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the run to stop after the current test."""
        self.shouldStop = True

    def _record(self, bucket, shown_as, err, test):
        bucket.append((shown_as, self._exc_info_to_string(err, test)))
        self._show_captured = True

    def _exc_info_to_string(self, err, test):
        kind, value, tb = err
        hide = _frame_filter(tb, kind is getattr(test, 'failureException', None))
        report = traceback.TracebackException(kind, value, tb, capture_locals=self.tb_locals,
                                              compact=True, _hide=hide)
        pieces = list(report.format())
        if self.buffer:
            out, errout = sys.stdout.getvalue(), sys.stderr.getvalue()
            if out:
                pieces.append(STDOUT_LINE % _with_newline(out))
            if errout:
                pieces.append(STDERR_LINE % _with_newline(errout))
        return ''.join(pieces)

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'
