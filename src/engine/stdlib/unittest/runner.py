"""TextTestRunner and TextTestResult: run a test and report on a text stream (heapscope)."""

import sys
import time
import warnings
from unittest import result
from unittest.case import _SubTest
from unittest.signals import registerResult

# the verdict words printed per test at verbosity >= 2, and the letters at verbosity 1
_WORD = {'ok': 'ok', 'fail': 'FAIL', 'error': 'ERROR', 'xfail': 'expected failure',
         'uxsuccess': 'unexpected success'}
_LETTER = {'ok': '.', 'fail': 'F', 'error': 'E', 'skip': 's', 'xfail': 'x', 'uxsuccess': 'u'}


class _WritelnDecorator:
    """Wraps a file-like stream and adds writeln()."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        # not forwarded: pickling looks these up on the wrapper itself
        if attr not in ('stream', '__getstate__'):
            return getattr(self.stream, attr)
        raise AttributeError(attr)

    def writeln(self, arg=None):
        self.write(('' if arg is None else arg) + '\n')


def _then_report(name, kind):
    recorded_by = getattr(result.TestResult, name)

    def add(self, test, *details):
        recorded_by(self, test, *details)
        # a skip shows its reason; details is (err,) or (reason,) or ()
        self._progress(test, kind, 'skipped %r' % (details[0],) if kind == 'skip' else None)
    add.__name__ = add.__qualname__ = name
    return add


class TextTestResult(result.TestResult):
    """A TestResult that reports progress on a stream: a letter per test at verbosity 1,
    a line per test at verbosity 2 and above. Used by TextTestRunner."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream, self.descriptions = stream, descriptions
        self.showAll, self.dots = verbosity > 1, verbosity == 1
        self._newline = True   # the stream is at the start of a line

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if first_doc_line and self.descriptions:
            return str(test) + '\n' + first_doc_line
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        subtest = isinstance(test, _SubTest)
        if subtest or self._newline:
            # a fresh line carries the test's name again (a subtest's indented)
            if not self._newline:
                self.stream.writeln()
            self.stream.write(('  ' if subtest else '') + self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, kind, status=None):
        if self.showAll and kind in ('xfail', 'uxsuccess'):
            # CPython 3.11 writes these words straight after the test's " ... ",
            # leaving the line state as it was (a fixture error that follows is
            # then printed without its name)
            self.stream.writeln(_WORD[kind])
            self.stream.flush()
        elif self.showAll:
            self._write_status(test, status if status is not None else _WORD[kind])
        elif self.dots:
            self.stream.write(_LETTER[kind])
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._progress(subtest, 'fail' if failed else 'error')
        super().addSubTest(test, subtest, err)

    # addSuccess, addError, addFailure, addSkip, addExpectedFailure and
    # addUnexpectedSuccess: record as TestResult does, then show progress
    addSuccess = _then_report('addSuccess', 'ok')
    addError = _then_report('addError', 'error')
    addFailure = _then_report('addFailure', 'fail')
    addSkip = _then_report('addSkip', 'skip')
    addExpectedFailure = _then_report('addExpectedFailure', 'xfail')
    addUnexpectedSuccess = _then_report('addUnexpectedSuccess', 'uxsuccess')

    def printErrors(self):
        if self.showAll or self.dots:
            self.stream.writeln()
            self.stream.flush()
        for flavour, errors in (('ERROR', self.errors), ('FAIL', self.failures)):
            self.printErrorList(flavour, errors)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            self.stream.writeln('=' * 70)
            for test in surprises:
                self.stream.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, text in errors:
            heading = '%s: %s' % (flavour, self.getDescription(test))
            for line in (self.separator1, heading, self.separator2, '%s' % text):
                self.stream.writeln(line)
            self.stream.flush()


class TextTestRunner:
    """Runs a test or suite with a TextTestResult and prints the summary: the errors,
    'Ran N tests in T s' and OK or FAILED with the counts."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions, self.verbosity = descriptions, verbosity
        self.failfast, self.buffer, self.tb_locals = failfast, buffer, tb_locals
        # without a choice here or -W, warnings are shown ('default') even those
        # (like DeprecationWarning) that are ignored by default
        self.warnings = 'default' if warnings is None and not getattr(sys, 'warnoptions', None) else warnings
        if resultclass:
            self.resultclass = resultclass

    def _makeResult(self):
        make = self.resultclass
        return make(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        """Run a test case or suite; print the report; return the result."""
        outcome = self._makeResult()
        registerResult(outcome)
        outcome.failfast, outcome.buffer, outcome.tb_locals = self.failfast, self.buffer, self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(action=self.warnings)
                if self.warnings in ('default', 'always'):
                    # the deprecated assert aliases: once per module is enough
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            began = time.perf_counter()
            self._drive(test, outcome)
            elapsed = time.perf_counter() - began
        self._summarize(outcome, elapsed)
        return outcome

    @staticmethod
    def _drive(test, outcome):
        hook = getattr(outcome, 'startTestRun', None)
        if hook is not None:
            hook()
        try:
            test(outcome)
        finally:
            hook = getattr(outcome, 'stopTestRun', None)
            if hook is not None:
                hook()

    def _summarize(self, outcome, elapsed):
        out = self.stream
        outcome.printErrors()
        if hasattr(outcome, 'separator2'):
            out.writeln(outcome.separator2)
        count = outcome.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's', elapsed))
        out.writeln()
        counts = []
        if outcome.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            counts.append(('failures', len(outcome.failures)))
            counts.append(('errors', len(outcome.errors)))
        for label, attr in (('skipped', 'skipped'), ('expected failures', 'expectedFailures'),
                            ('unexpected successes', 'unexpectedSuccesses')):
            counts.append((label, len(getattr(outcome, attr, ()))))
        shown = ['%s=%d' % (label, n) for label, n in counts if n]
        out.write(' (%s)\n' % ', '.join(shown) if shown else '\n')
        out.flush()
