"""TestLoader: finds the tests of a TestCase class, a module or a dotted name (heapscope)."""

import functools
import re
import sys
import traceback
import types
import warnings
from unittest import case, suite, util


class _FailedTest(case.TestCase):
    """Stands for a name that could not be loaded: running it raises the error."""
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattr__(name)

        def raise_load_error():
            raise self._exception
        return raise_load_error


def _failed_load(name, exc, suite_class, message):
    return suite_class((_FailedTest(name, exc),)), message


def _pattern_regex(pattern):
    # shell-style wildcards of -k patterns: * ? [seq] [!seq]
    out, i, n = [], 0, len(pattern)
    while i < n:
        ch = pattern[i]
        i += 1
        if ch == '*':
            out.append('.*')
        elif ch == '?':
            out.append('.')
        elif ch == '[':
            close = pattern.find(']', i + 1 if i < n and pattern[i] in '!]' else i)
            if close < 0:
                out.append('\\[')
                continue
            body = pattern[i:close].replace('\\', '\\\\')
            i = close + 1
            if body.startswith('!'):
                body = '^' + body[1:]
            elif body.startswith('^'):
                body = '\\' + body
            out.append('[' + body + ']')
        else:
            out.append(re.escape(ch))
    return re.compile('(?s:' + ''.join(out) + r')\Z')


def _wildcard_match(name, pattern):
    return _pattern_regex(pattern).match(name) is not None


class TestLoader:
    """Builds suites from TestCase classes, modules and names. Test methods are the
    callable attributes whose name starts with testMethodPrefix, sorted with
    sortTestMethodsUsing and, when testNamePatterns is set, matching one of them."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite

    def __init__(self):
        super().__init__()
        self.errors = []   # messages of names that failed to load

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of every test method of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. '
                            'Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in the module (or what the
        module's load_tests(loader, tests, pattern) returns)."""
        if args or 'use_load_tests' in kws:
            warnings.warn('use_load_tests is deprecated and ignored', DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument but '
                            '{} were given'.format(len(args) + 1))
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument '{}'"
                            .format(sorted(kws)[0]))
        found = []
        for attr in dir(module):
            value = getattr(module, attr)
            if isinstance(value, type) and issubclass(value, case.TestCase):
                found.append(self.loadTestsFromTestCase(value))
        collected = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return collected
        try:
            return hook(self, collected, pattern)
        except Exception as exc:
            message = 'Failed to call load_tests:\n' + traceback.format_exc()
            failed, message = _failed_load(module.__name__, exc, self.suiteClass, message)
            self.errors.append(message)
            return failed

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, TestCase class, test method,
        TestSuite, or a callable returning a case or suite. Relative to module when given."""
        parts = name.split('.')
        import_failure = None
        if module is None:
            module, parts, import_failure = self._import_longest_prefix(parts)
            if module is None:
                self.errors.append(import_failure[1])
                return import_failure[0]
        owner, target = None, module
        for part in parts:
            try:
                owner, target = target, getattr(target, part)
            except AttributeError as exc:
                if import_failure is not None and getattr(target, '__path__', None) is not None:
                    failed, message = import_failure
                else:
                    failed, message = _failed_load(
                        part, exc, self.suiteClass,
                        'Failed to access attribute:\n' + traceback.format_exc())
                self.errors.append(message)
                return failed
        return self._tests_from_object(target, owner, parts)

    def _import_longest_prefix(self, parts):
        # Import the longest importable prefix of the dotted name; the rest are
        # attributes. Returns (module or None, remaining parts, last import failure).
        failure = None
        for cut in range(len(parts), 0, -1):
            dotted = '.'.join(parts[:cut])
            try:
                top = __import__(dotted)
            except ImportError:
                message = 'Failed to import test module: %s\n%s' % (parts[cut - 1], traceback.format_exc())
                failure = _failed_load(parts[cut - 1], ImportError(message), self.suiteClass, message)
                continue
            return top, parts[1:], failure
        return None, [], failure

    def _tests_from_object(self, obj, owner, parts):
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(owner, type)
                and issubclass(owner, case.TestCase)):
            instance = owner(parts[-1])
            if not isinstance(getattr(instance, parts[-1]), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, suite.TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError('calling %s returned %s, not a test' % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite holding the suite of each name."""
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's test methods."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns
        chosen = []
        for attr in dir(testCaseClass):
            if not attr.startswith(prefix) or not callable(getattr(testCaseClass, attr)):
                continue
            if patterns is not None:
                qualified = '.'.join((testCaseClass.__module__, testCaseClass.__qualname__, attr))
                if not any(_wildcard_match(qualified, p) for p in patterns):
                    continue
            chosen.append(attr)
        if self.sortTestMethodsUsing:
            chosen.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return chosen


defaultTestLoader = TestLoader()


# The module-level helpers of old, deprecated in 3.11.

def _configured_loader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix, loader.sortTestMethodsUsing = prefix, sortUsing
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def _deprecated(old, new):
    warnings.warn('unittest.%s() is deprecated and will be removed in Python 3.13. '
                  'Please use unittest.TestLoader.%s() instead.' % (old, new),
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp, testNamePatterns=None):
    _deprecated('getTestCaseNames', 'getTestCaseNames')
    return _configured_loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _deprecated('makeSuite', 'loadTestsFromTestCase')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp, suiteClass=suite.TestSuite):
    _deprecated('findTestCases', 'loadTestsFromModule')
    return _configured_loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
