"""TestSuite: a composite of tests, running class and module fixtures (heapscope).

A TestSuite run tracks, on the result, the class of the previous test
(result._ut_last_class) and whether the current module's setUpModule failed
(result._ut_module_broken): when the class changes the old class is torn down and the
new one set up, likewise for modules; the top-level suite tears down the last ones."""

import sys
from unittest import case
from unittest.util import strclass


class _Captured:
    # While a fixture runs, its output is captured like a test's (result.buffer).
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        _call_hook(self.result, '_setupStdout')

    def __exit__(self, *exc_info):
        _call_hook(self.result, '_restoreStdout')


def _call_hook(owner, name):
    hook = getattr(owner, name, None)
    if hook is not None:
        hook()


class BaseTestSuite:
    """A collection of tests (cases or suites), run in order; no fixtures."""

    _cleanup = True   # drop each test once it ran, so its memory can be reclaimed

    def __init__(self, tests=()):
        self._tests, self._ran_count = [], 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(type(self)), list(self))

    def __eq__(self, other):
        if isinstance(other, type(self)):
            return [*self] == [*other]
        return NotImplemented

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._ran_count + sum(t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if type(tests) is str or isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for one in tests:
            self.addTest(one)

    def run(self, result):
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._forget_test(position)
        return result

    def _forget_test(self, index):
        """Replace a test that ran by None, keeping its count."""
        try:
            done = self._tests[index]
        except TypeError:
            return   # _tests is not indexable (a subclass stored an iterator)
        if hasattr(done, 'countTestCases'):
            self._ran_count += done.countTestCases()
        self._tests[index] = None

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the tests without collecting errors in a TestResult."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and setUpModule/tearDownModule
    around the test cases it contains (directly or in nested suites)."""

    def run(self, result, debug=False):
        outermost = not getattr(result, '_ut_in_run', False)
        if outermost:
            result._ut_in_run = True
        for position, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_case(test):
                if not self._enter_fixtures_of(test, result):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
            if self._cleanup:
                self._forget_test(position)
        if outermost:
            self._leave_class(None, result)
            self._leave_module(result)
            result._ut_in_run = False
        return result

    def _enter_fixtures_of(self, test, result):
        # Switch class and module fixtures to the test's; False when they failed.
        self._leave_class(test, result)
        self._enter_module(test, result)
        self._enter_class(test, result)
        result._ut_last_class = test.__class__
        broken_class = getattr(test.__class__, '_classSetupFailed', False)
        return not (broken_class or getattr(result, '_ut_module_broken', False))

    def debug(self):
        """Run the tests (and fixtures) letting exceptions propagate."""
        self.run(_DebugRun(), True)

    # -- class fixtures --

    def _enter_class(self, test, result):
        cls = test.__class__
        if cls == getattr(result, '_ut_last_class', None):
            return
        if result._ut_module_broken or getattr(cls, '__unittest_skip__', False):
            return
        _set_flag(cls, False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        with _Captured(result):
            try:
                set_up()
            except Exception as exc:
                if isinstance(result, _DebugRun):
                    raise
                _set_flag(cls, True)
                self._report_fixture_error(result, exc, 'setUpClass', strclass(cls))
            else:
                return
            if getattr(cls, 'doClassCleanups', None) is not None:
                self._run_class_cleanups(cls, result, 'setUpClass')

    def _leave_class(self, test, result):
        previous = getattr(result, '_ut_last_class', None)
        if previous is None or previous == test.__class__:
            return
        if getattr(previous, '_classSetupFailed', False) or getattr(result, '_ut_module_broken', False):
            return
        if getattr(previous, '__unittest_skip__', False):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        has_cleanups = getattr(previous, 'doClassCleanups', None) is not None
        if tear_down is None and not has_cleanups:
            return
        with _Captured(result):
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as exc:
                    if isinstance(result, _DebugRun):
                        raise
                    self._report_fixture_error(result, exc, 'tearDownClass', strclass(previous))
            if has_cleanups:
                self._run_class_cleanups(previous, result, 'tearDownClass')

    def _run_class_cleanups(self, cls, result, stage):
        cls.doClassCleanups()
        for info in cls.tearDown_exceptions:
            if isinstance(result, _DebugRun):
                raise info[1]
            self._report_fixture_error(result, info[1], stage, strclass(cls), info)

    # -- module fixtures --

    def _module_of_last(self, result):
        previous = getattr(result, '_ut_last_class', None)
        return None if previous is None else previous.__module__

    def _enter_module(self, test, result):
        name = test.__class__.__module__
        if name == self._module_of_last(result):
            return
        self._leave_module(result)
        result._ut_module_broken = False
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None) if module is not None else None
        if set_up is None:
            return
        with _Captured(result):
            try:
                set_up()
            except Exception as exc:
                if isinstance(result, _DebugRun):
                    raise
                result._ut_module_broken = True
                self._report_fixture_error(result, exc, 'setUpModule', name)
            if result._ut_module_broken:
                try:
                    case.doModuleCleanups()
                except Exception as exc:
                    self._report_fixture_error(result, exc, 'setUpModule', name)

    def _leave_module(self, result):
        name = self._module_of_last(result)
        if name is None or result._ut_module_broken:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        with _Captured(result):
            for step in (getattr(module, 'tearDownModule', None), case.doModuleCleanups):
                if step is None:
                    continue
                try:
                    step()
                except Exception as exc:
                    if isinstance(result, _DebugRun):
                        raise
                    self._report_fixture_error(result, exc, 'tearDownModule', name)

    # -- reporting a fixture's exception as an error of a pseudo-test --

    def _report_fixture_error(self, result, exc, stage, owner, info=None):
        holder = _FixtureError('%s (%s)' % (stage, owner))
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exc, case.SkipTest):
            add_skip(holder, str(exc))
        else:
            result.addError(holder, info if info else sys.exc_info())


def _set_flag(cls, failed):
    try:
        cls._classSetupFailed = failed
    except TypeError:
        pass   # the "class" of a test that is a plain function: nothing to mark


class _FixtureError:
    """Stands for a fixture (setUpClass, tearDownModule, ...) that raised, so that the
    error is reported like a test's. Runs nothing, counts as no test."""

    failureException = None   # errors here are never failures

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_case(test):
    """True for a test case, i.e. anything that cannot be iterated."""
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugRun:
    """The result of TestSuite.debug(): fixture errors propagate instead."""
    _ut_last_class = None
    _ut_module_broken = False
    shouldStop = False
