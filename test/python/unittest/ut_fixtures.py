import unittest
import sys

log = []

def setUpModule():
    print("setUpModule")

def tearDownModule():
    print("tearDownModule")

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("A.setUpClass")
        cls.shared = [1]

    @classmethod
    def tearDownClass(cls):
        print("A.tearDownClass")

    def setUp(self):
        print("setUp", self._testMethodName)
        self.addCleanup(print, "cleanup", self._testMethodName)

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_one(self):
        print("one", self.shared)

    def test_two(self):
        self.shared.append(2)
        print("two", self.shared)


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp broke")

    def test_never(self):
        print("never printed")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise OSError("tearDown broke")

    def test_runs(self):
        print("test ran before tearDown")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup broke")

    def test_skipped_by_class(self):
        print("never")


@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self):
        print("never")


class Conditional(unittest.TestCase):
    @unittest.skipIf(sys.version_info >= (3,), "py3")
    def test_if(self):
        pass

    @unittest.skipUnless(False, "never true")
    def test_unless(self):
        pass

    def test_skiptest(self):
        self.skipTest("skipped inside")

    def test_cleanup_error(self):
        self.addCleanup(self.fail, "cleanup failed")
        print("body ok")

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


if __name__ == "__main__":
    unittest.main(verbosity=2)
