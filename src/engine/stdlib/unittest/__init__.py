"""unittest: write tests as TestCase methods, group them in suites, run them (heapscope).

    import unittest

    class TestArithmetic(unittest.TestCase):
        def test_add(self):
            self.assertEqual(1 + 1, 2)

    if __name__ == '__main__':
        unittest.main()

The package is split as in CPython: case (TestCase and the decorators), suite, loader,
result, runner (the text runner), main (the command line), signals, util; mock is
unittest.mock. Frames of these modules are left out of the tracebacks it reports."""

from unittest.result import TestResult
from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                           expectedFailure, addModuleCleanup, doModuleCleanups,
                           enterModuleContext)
from unittest.suite import BaseTestSuite, TestSuite
from unittest.loader import (TestLoader, defaultTestLoader, makeSuite, getTestCaseNames,
                             findTestCases)
from unittest.main import TestProgram, main
from unittest.runner import TextTestRunner, TextTestResult
from unittest.signals import installHandler, registerResult, removeResult, removeHandler

# IsolatedAsyncioTestCase is left out: the engine has no asyncio
__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']


