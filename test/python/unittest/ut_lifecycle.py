import contextlib
import io
import sys
import unittest


@contextlib.contextmanager
def resource(name):
    print("enter", name)
    yield name.upper()
    print("exit", name)


class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup", sep=": ")
        cls.addClassCleanup(cls.broken_class_cleanup)
        print("class ctx", cls.enterClassContext(resource("cls")))

    @staticmethod
    def broken_class_cleanup():
        raise KeyError("class cleanup broke")

    def test_kwargs(self):
        self.addCleanup(print, "a", "b", sep="-")
        print("ctx", self.enterContext(resource("t")))

    def test_order(self):
        for i in range(3):
            self.addCleanup(print, "cleanup", i)

    def test_not_cm(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        print(cm.exception)


class Buffered(unittest.TestCase):
    def test_quiet_pass(self):
        print("hidden output")

    def test_noisy_fail(self):
        print("shown output")
        print("to stderr", file=sys.stderr)
        self.fail("with output")


class FailFast(unittest.TestCase):
    def test_a(self):
        self.fail("first")

    def test_b(self):
        print("never reached")


def run(cls, **kw):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    result = unittest.TextTestRunner(stream=stream, **kw).run(suite)
    print(stream.getvalue())
    return result


r = run(Cleanups, verbosity=2)
print(r.testsRun, len(r.errors), [str(t) for t, _ in r.errors])
r = run(Buffered, buffer=True)
print(r.wasSuccessful())
r = run(FailFast, failfast=True)
print(r.testsRun, r.shouldStop)

# suites
s = unittest.TestSuite([Cleanups("test_order"), unittest.TestSuite([FailFast("test_b")])])
print(s.countTestCases(), s == unittest.TestSuite(list(s)), repr(unittest.TestSuite()))
for bad in (5, Cleanups, "abc"):
    try:
        s.addTest(bad) if bad != "abc" else s.addTests(bad)
    except TypeError as e:
        print("TypeError:", e)
res = unittest.TestResult()
s.run(res)
print(res, s.countTestCases(), list(s))


def check():
    """Checks something.

    More text."""
    print("check ran")

f = unittest.FunctionTestCase(check, setUp=lambda: print("f setUp"))
print(f.id(), "|", str(f), "|", f.shortDescription())
print(unittest.FunctionTestCase(check, description="desc").shortDescription())
f.run(unittest.TestResult())
f.debug()

# debug() lets errors through
class D(unittest.TestCase):
    def test_x(self):
        raise ValueError("from debug")

    @unittest.skip("skip in debug")
    def test_s(self):
        pass

try:
    D("test_x").debug()
except ValueError as e:
    print("debug raised", e)
try:
    D("test_s").debug()
except unittest.SkipTest as e:
    print("debug skip", e)

# run() without a result
print(D("test_x").run())
print(D("test_x").id(), D("test_x") == D("test_x"), D("test_x") != D("test_s"), hash(D("test_x")) == hash(D("test_x")))

# subTest outside a run and with msg only
D("test_x").subTest("m").__enter__()
with D("test_x").subTest("nothing"):
    print("plain block")

# a TestResult without subtests/skip support
class Minimal:
    shouldStop = False
    failfast = False
    def startTest(self, t): print("start", t)
    def stopTest(self, t): print("stop", t)
    def addSuccess(self, t): print("success", t)
    def addFailure(self, t, e): print("failure", t, e[0].__name__)
    def addError(self, t, e): print("error", t, e[0].__name__)

class M(unittest.TestCase):
    def test_sub(self):
        with self.subTest(i=1):
            self.fail("x")
    @unittest.expectedFailure
    def test_xf(self):
        pass

import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    M("test_sub").run(Minimal())
    M("test_xf").run(Minimal())
print([str(x.message) for x in w])

# module cleanups
unittest.addModuleCleanup(print, "module cleanup 1")
unittest.addModuleCleanup(print, "module cleanup 2")
unittest.doModuleCleanups()
print(unittest.removeResult(r), unittest.removeResult(r), unittest.removeResult(unittest.TestResult()))
