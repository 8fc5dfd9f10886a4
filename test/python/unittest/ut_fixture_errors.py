import io
import sys
import unittest

# Fixtures of a second "module" built at run time, to exercise module-level hooks.
class _Namespace:
    pass

other = _Namespace()
sys.modules["other_mod"] = other


def broken_setup_module():
    print("other setUpModule")
    raise RuntimeError("module setup broke")

other.setUpModule = broken_setup_module
other.tearDownModule = lambda: print("never: module setup failed")



class InOther(unittest.TestCase):
    def test_x(self):
        print("never runs")

InOther.__module__ = "other_mod"
other.InOther = InOther


def setUpModule():
    print("main setUpModule")


def tearDownModule():
    print("main tearDownModule")
    raise ValueError("teardown module broke")


class SkipsInClassSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("not today")

    def test_a(self):
        print("never")


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tearDownClass broke")

    def test_fine(self):
        pass


class XFail(unittest.TestCase):
    @unittest.expectedFailure
    def test_sub_fails(self):
        with self.subTest(k=1):
            self.assertEqual(1, 2)
        print("not reached after expected failure")

    @unittest.expectedFailure
    def test_error_counts(self):
        raise ZeroDivisionError()

    def test_skip_in_setup(self):
        pass

    def setUp(self):
        if self._testMethodName == "test_skip_in_setup":
            self.skipTest("from setUp")


stream = io.StringIO()
suite = unittest.TestSuite()
loader = unittest.TestLoader()
for cls in (SkipsInClassSetup, BadTearDownClass, XFail, other.InOther):
    suite.addTest(loader.loadTestsFromTestCase(cls))
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(stream.getvalue())
print(len(result.expectedFailures), len(result.skipped), [str(t) for t, _ in result.errors])
