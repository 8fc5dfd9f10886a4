"""TestCase, FunctionTestCase, the skip decorators and module cleanups (heapscope).

How a test runs: TestCase.run creates an _Outcome; each part (setUp, the test method,
tearDown, each cleanup, each subTest block) runs inside _Outcome.part(), which turns an
exception into a report on the result (skip, failure, error, or the remembered failure
of an expectedFailure test) and tracks whether every part so far succeeded."""

import functools
import re
import sys
import types
import warnings
from unittest.util import safe_repr, strclass, _common_shorten_repr
from unittest import _assertions
from unittest._assertions import (DIFF_OMITTED, _AssertRaisesBaseContext, _AssertRaisesContext,
                                  _AssertWarnsContext, _is_subtype)


class SkipTest(Exception):
    """Raise this (or call TestCase.skipTest) to skip a test; the argument is the reason."""


class _ShouldStop(Exception):
    """Ends a test early from inside a subTest block (failfast)."""


class _UnexpectedSuccess(Exception):
    """Reported as a failure to results that lack addUnexpectedSuccess."""


def _report_exception(result, test, exc_info):
    # a failure when the exception is the test's failureException, else an error
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is None:
        warnings.warn('TestResult has no addSkip method, skips not reported', RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        add_skip(test, reason)


class _Outcome(object):
    """The state of one TestCase.run: the result, whether all parts so far succeeded,
    and the exception of an expectedFailure test."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success, self.expecting_failure, self.expectedFailure = True, False, None

    def part(self, test, subtest=False):
        return _Part(self, test, subtest)


class _Part(object):
    # One guarded step of a test; see _Outcome. Swallows what it reports.

    def __init__(self, outcome, test, subtest):
        self.outcome, self.test, self.subtest = outcome, test, subtest

    def __enter__(self):
        self.succeeded_before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, kind, exc, tb):
        outcome = self.outcome
        if exc is not None:
            tb = exc.__traceback__   # the engine hands __exit__ a partial traceback
        try:
            if kind is None:
                if self.subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(kind, KeyboardInterrupt):
                return False
            if issubclass(kind, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, self.test, str(exc))
            elif issubclass(kind, _ShouldStop):
                pass
            elif outcome.expecting_failure:
                outcome.expectedFailure = (kind, exc, tb)
            else:
                outcome.success = False
                if self.subtest:
                    outcome.result.addSubTest(self.test.test_case, self.test, (kind, exc, tb))
                else:
                    _report_exception(outcome.result, self.test, (kind, exc, tb))
            return True
        finally:
            outcome.success = outcome.success and self.succeeded_before


def _id(obj):
    return obj


# -- module-level cleanups (run by the suite after tearDownModule) --

_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Run function(*args, **kwargs) after the module's tests (and tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter a context manager now and exit it as a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, last added first; re-raise the first exception."""
    errors = []

    def guarded(function, *args, **kwargs):
        try:
            function(*args, **kwargs)
        except Exception as exc:
            errors.append(exc)
    _drain(_module_cleanups, guarded)
    if errors:
        raise errors[0]


def _enter_context(cm, register):
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager protocol"
                        % (kind.__module__, kind.__qualname__)) from None
    value = enter(cm)
    register(leave, cm, None, None, None)
    return value


# -- decorators --

def skip(reason):
    """Skip the decorated test method or class unconditionally."""
    def mark(test_item):
        if not isinstance(test_item, type):
            original = test_item

            @functools.wraps(original)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, types.FunctionType):
        # used bare, as @skip: the "reason" is the function itself
        func, reason = reason, ''
        return mark(func)
    return mark


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test as expected to fail: a failure is not counted against the run."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _OrderedChainMap(dict):
    # A subtest's parameters: its own first, then its enclosing subtests' ones.
    def new_child(self, params):
        merged = _OrderedChainMap(params)
        for key, value in self.items():
            merged.setdefault(key, value)
        return merged


_NO_MESSAGE = object()


def _marked(method, name):
    # a bound method's own attributes do not show its function's ones here
    return getattr(getattr(method, '__func__', method), name, False)


def _skip_mark(test, method):
    for holder in (type(test), getattr(method, '__func__', method)):
        if getattr(holder, '__unittest_skip__', False):
            return True
    return False


def _skip_reason(test, method):
    return (getattr(type(test), '__unittest_skip_why__', '')
            or _marked(method, '__unittest_skip_why__') or '')


def _ordering(name, holds, relation):
    # assertLess and friends: fail unless holds(a, b), saying "a not <relation> b"
    def check(self, a, b, msg=None):
        if not holds(a, b):
            self._failed(msg, '%s not %s %s' % (safe_repr(a), relation, safe_repr(b)))
    check.__name__ = check.__qualname__ = name
    check.__doc__ = 'Fail unless a is %s b.' % relation
    return check


def _drain(stack, call):
    # pop (function, args, kwargs) entries, last added first, and call(...) each
    while stack:
        function, args, kwargs = stack.pop()
        call(function, *args, **kwargs)


def _invoke(function, *args, **kwargs):
    return function(*args, **kwargs)


class TestCase(object):
    """A test: a subclass's test* methods each become one TestCase instance.

    failureException is the exception assertions raise (a failure, not an error);
    longMessage appends a custom msg to the standard message instead of replacing it;
    maxDiff bounds the diffs shown in messages (None: no bound)."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16   # strings longer than this are not diffed line by line
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        """Create the test that calls the method named methodName."""
        self._testMethodName = methodName
        self._outcome = None
        self._doc = 'No test'
        try:
            found = getattr(self, methodName)
        except AttributeError:
            # runTest may be missing: such a case is built only to call other methods
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._doc = found.__doc__
        self._cleanups = []
        self._subtest = None
        # assertEqual's per-type comparisons (names are looked up when used)
        self._type_equality_funcs = {dict: 'assertDictEqual', list: 'assertListEqual',
                                     tuple: 'assertTupleEqual', set: 'assertSetEqual',
                                     frozenset: 'assertSetEqual', str: 'assertMultiLineEqual'}

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function(first, second, msg=None) in assertEqual for two values of
        exactly typeobj; it raises failureException when they differ."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown (last added, first called),
        also when setUp failed."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm and exit it as a cleanup; return what __enter__ returned."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Like addCleanup, run after tearDownClass."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Like enterContext, exited after tearDownClass."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Prepare the test fixture; called before each test method."

    def tearDown(self):
        "Called after each test method whose setUp succeeded."

    @classmethod
    def setUpClass(cls):
        "Called once before the class's tests run."

    @classmethod
    def tearDownClass(cls):
        "Called once after the class's tests ran."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        from unittest.result import TestResult
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._doc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return strclass(self.__class__) + '.' + self._testMethodName

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._testMethodName == self._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        """A context manager: a failure inside the block is reported for the subtest
        (labelled with msg and params) and the test goes on after the block."""
        return _SubTestBlock(self, msg, params)

    def _report_expected_failure(self, result, exc_info):
        add = getattr(result, 'addExpectedFailure', None)
        if add is not None:
            add(self, exc_info)
            return
        warnings.warn('TestResult has no addExpectedFailure method, reporting as passes',
                      RuntimeWarning)
        result.addSuccess(self)

    def _report_unexpected_success(self, result):
        add = getattr(result, 'addUnexpectedSuccess', None)
        if add is not None:
            add(self)
            return
        warnings.warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not None from a '
                          'test case (%s)' % (method,), DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _run_cleanup(self, function, /, *args, **kwargs):
        # one cleanup call (a hook point, like _callSetUp)
        return _invoke(function, *args, **kwargs)

    def run(self, result=None):
        """Run the test, reporting to result (a fresh TestResult when None, which is
        then also started and stopped as a whole run); return the result."""
        whole_run = result is None
        if whole_run:
            result = self.defaultTestResult()
            _call_optional(result, 'startTestRun')
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if _skip_mark(self, method):
                _report_skip(result, self, _skip_reason(self, method))
                return result
            self._run_parts(result, method)
            return result
        finally:
            result.stopTest(self)
            if whole_run:
                _call_optional(result, 'stopTestRun')

    def _run_parts(self, result, method):
        expecting = (getattr(self, '__unittest_expecting_failure__', False)
                     or _marked(method, '__unittest_expecting_failure__'))
        outcome = self._outcome = _Outcome(result)
        try:
            with outcome.part(self):
                self._callSetUp()
            if outcome.success:
                outcome.expecting_failure = expecting
                with outcome.part(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.part(self):
                    self._callTearDown()
            self.doCleanups()
            if not outcome.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif outcome.expectedFailure is not None:
                self._report_expected_failure(result, outcome.expectedFailure)
            else:
                self._report_unexpected_success(result)
        finally:
            # drop the exception (and its frames) and the outcome
            outcome.expectedFailure = None
            self._outcome = None

    def doCleanups(self):
        """Call the cleanups, last added first; False when one of them raised."""
        outcome = self._outcome or _Outcome()

        def guarded(function, *args, **kwargs):
            with outcome.part(self):
                self._run_cleanup(function, *args, **kwargs)
        _drain(self._cleanups, guarded)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Call the class cleanups, last added first; their exceptions (exc_info
        triples) are collected in cls.tearDown_exceptions."""
        failures = cls.tearDown_exceptions = []

        def guarded(function, *args, **kwargs):
            try:
                _invoke(function, *args, **kwargs)
            except Exception:
                failures.append(sys.exc_info())
        _drain(cls._class_cleanups, guarded)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        """Run the test without a result: exceptions propagate to the caller."""
        method = getattr(self, self._testMethodName)
        if _skip_mark(self, method):
            raise SkipTest(_skip_reason(self, method))
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        _drain(self._cleanups, self._run_cleanup)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the test with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The failure message: the standard one, the user's msg instead (longMessage
        false) or both joined by ' : '."""
        if msg is None:
            return standardMsg
        if not self.longMessage:
            return msg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _failed(self, msg, standard):
        raise self.failureException(self._formatMessage(msg, standard))

    # -- truth, identity, membership, order --

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._failed(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self._failed(msg, '%s is not false' % safe_repr(expr))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._failed(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._failed(msg, 'unexpectedly identical: %s' % safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._failed(msg, '%s is not None' % safe_repr(obj))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._failed(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._failed(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._failed(msg, '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._failed(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._failed(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    assertLess = _ordering('assertLess', lambda a, b: a < b, 'less than')
    assertLessEqual = _ordering('assertLessEqual', lambda a, b: a <= b, 'less than or equal to')
    assertGreater = _ordering('assertGreater', lambda a, b: a > b, 'greater than')
    assertGreaterEqual = _ordering('assertGreaterEqual', lambda a, b: a >= b,
                                   'greater than or equal to')

    # -- exceptions and warnings --

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable args[0](*args[1:], **kwargs) raises
        expected_exception; without args, a context manager checking its block (its
        .exception is the exception caught)."""
        return _AssertRaisesContext(expected_exception, self).handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Like assertRaises for a warning being issued (.warning, .filename, .lineno)."""
        return _AssertWarnsContext(expected_warning, self).handle('assertWarns', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, also requiring str(exception) to match expected_regex."""
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, also requiring the warning's message to match expected_regex."""
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle('assertWarnsRegex', args, kwargs)

    # -- equality --

    def _equality_check_for(self, first, second):
        # the type-specific comparison, when both values have exactly the same type
        if type(first) == type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                return getattr(self, special) if isinstance(special, str) else special
        return self._plain_equal

    def _plain_equal(self, first, second, msg=None):
        if not first == second:
            self._failed(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (with a type-specific message for str, list,
        tuple, dict, set and frozenset, or a function from addTypeEqualityFunc)."""
        compare = self._equality_check_for(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._failed(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second are equal, differ by at most delta, or round
        to the same value at `places` decimal places (7 by default)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._failed(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The negation of assertAlmostEqual."""
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if first != second and gap > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if first != second and round(gap, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._failed(msg, standard)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences are equal (and of seq_type when given); the
        message shows the first differing element and a diff."""
        standard = _assertions.sequence_report(self, seq1, seq2, seq_type)
        if standard is not None:
            self.fail(self._formatMessage(msg, standard))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the sets are equal; lists the items on one side only."""
        standard = _assertions.set_report(self, set1, set2)
        if standard is not None:
            self.fail(self._formatMessage(msg, standard))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        standard = _assertions.dict_report(self, d1, d2)
        if standard is not None:
            self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Deprecated: fail unless every item of subset is in dictionary."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        absent = [safe_repr(key) for key in subset if key not in dictionary]
        different = ['%s, expected: %s, actual: %s' % (safe_repr(key), safe_repr(value),
                                                        safe_repr(dictionary[key]))
                     for key, value in subset.items()
                     if key in dictionary and value != dictionary[key]]
        if not (absent or different):
            return
        parts = []
        if absent:
            parts.append('Missing: ' + ','.join(absent))
        if different:
            parts.append('Mismatched values: ' + ','.join(different))
        self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the two iterables hold the same elements, each the same number
        of times, in any order."""
        standard = _assertions.count_report(self, first, second)
        if standard is not None:
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the strings are equal; the message is a line diff."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        standard = _assertions.text_report(self, first, second)
        if standard is not None:
            self.fail(self._formatMessage(msg, standard))

    # -- regular expressions --

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex (a pattern or compiled regex) is found in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
            expected_regex = re.compile(expected_regex)
        if expected_regex.search(text) is None:
            self._failed(msg, "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found is not None:
            self._failed(msg, 'Regex matched: %r matches %r in %r'
                         % (found.group(0), unexpected_regex.pattern, text))



def _old_name_of(method):
    # a deprecated alias: warns (pointing at the caller), then does what method does
    def alias(*args, **kwargs):
        warnings.warn('Please use %s instead.' % method.__name__, DeprecationWarning, 2)
        return method(*args, **kwargs)
    return alias


for _new, _olds in (('assertEqual', ('failUnlessEqual', 'assertEquals')),
                    ('assertNotEqual', ('failIfEqual', 'assertNotEquals')),
                    ('assertAlmostEqual', ('failUnlessAlmostEqual', 'assertAlmostEquals')),
                    ('assertNotAlmostEqual', ('failIfAlmostEqual', 'assertNotAlmostEquals')),
                    ('assertTrue', ('failUnless', 'assert_')),
                    ('assertRaises', ('failUnlessRaises',)),
                    ('assertFalse', ('failIf',)),
                    ('assertRaisesRegex', ('assertRaisesRegexp',)),
                    ('assertRegex', ('assertRegexpMatches',)),
                    ('assertNotRegex', ('assertNotRegexpMatches',))):
    for _old in _olds:
        setattr(TestCase, _old, _old_name_of(getattr(TestCase, _new)))
del _new, _olds, _old


def _call_optional(obj, name):
    hook = getattr(obj, name, None)
    if hook is not None:
        hook()


class _SubTestBlock(object):
    # What TestCase.subTest returns: runs its block as one guarded part of the test.

    def __init__(self, case, msg, params):
        self.case, self.msg, self.params = case, msg, params
        self.part = None

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None   # outside a run with subtest support: a plain block
        self.parent = case._subtest
        inherited = _OrderedChainMap() if self.parent is None else self.parent.params
        case._subtest = _SubTest(case, self.msg, inherited.new_child(self.params))
        self.part = outcome.part(case._subtest, subtest=True)
        self.part.__enter__()
        return None

    def __exit__(self, kind, exc, tb):
        if self.part is None:
            return False
        outcome = self.case._outcome
        try:
            swallowed = self.part.__exit__(kind, exc, tb)
            if not swallowed:
                return False
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # an expected failure happened: the rest of the test is moot
                raise _ShouldStop
            return True
        finally:
            self.case._subtest = self.parent


class FunctionTestCase(TestCase):
    """A TestCase around a plain function (and optional setUp/tearDown functions)."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._testFunc, self._description = testFunc, description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def _key(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash((type(self),) + self._key())

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return (doc.split('\n')[0].strip() if doc else None) or None


class _SubTest(TestCase):
    """One subTest block of a test, as reported on the result."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _label(self):
        label = []
        if self._message is not _NO_MESSAGE:
            label.append('[%s]' % (self._message,))
        if self.params:
            label.append('(%s)' % ', '.join('%s=%r' % item for item in self.params.items()))
        return ' '.join(label) or '(<subtest>)'

    def id(self):
        return self.test_case.id() + ' ' + self._label()

    def shortDescription(self):
        """The enclosing test's description."""
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._label())
