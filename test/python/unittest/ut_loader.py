import re
import sys
import unittest

main = sys.modules[__name__]


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass

    def helper(self):
        pass

    test_value = 3


class Beta(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha("test_two")])


def make_case():
    return Alpha("test_one")


def make_junk():
    return 42


premade = unittest.TestSuite([Beta()])

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
print(loader.loadTestsFromTestCase(Beta))
for name in ("Alpha", "Alpha.test_two", "make_suite", "make_case", "premade", "Alpha.nope"):
    print(name, loader.loadTestsFromName(name, main))
print(loader.errors[0].splitlines()[0], loader.errors[0].splitlines()[-1])
for name in ("make_junk", "Alpha.test_value"):
    try:
        loader.loadTestsFromName(name, main)
    except TypeError as e:
        print("TypeError:", re.sub("0x[0-9a-f]+", "ADDR", str(e)))
failed = loader.loadTestsFromName("Alpha.nope", main)
r = unittest.TestResult()
failed.run(r)
print(r.errors[0][0], r.errors[0][1].splitlines()[-1])

print(loader.loadTestsFromNames(["Alpha.test_one", "Beta"], main).countTestCases())
print(loader.loadTestsFromName("no_such_module_xyz"))
print(loader.errors[-1].splitlines()[0])

loader.testNamePatterns = ["*two", "*Alpha.test_o?e"]
print(loader.getTestCaseNames(Alpha))
loader.testNamePatterns = ["*[tw]o"]
print(loader.getTestCaseNames(Alpha))
loader.testNamePatterns = ["*[!w]o"]
print(loader.getTestCaseNames(Alpha))
loader.testNamePatterns = None
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Alpha))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = "help"
print(loader.getTestCaseNames(Alpha))


def load_tests(loader, tests, pattern):
    print("load_tests called", tests.countTestCases(), pattern)
    return unittest.TestSuite([Beta()])

print(unittest.TestLoader().loadTestsFromModule(main))


class NotACase(unittest.TestSuite):
    pass

try:
    loader.loadTestsFromTestCase(NotACase)
except TypeError as e:
    print("TypeError:", e)

print(unittest.defaultTestLoader.__class__.__name__, unittest.TestLoader.suiteClass.__name__)
