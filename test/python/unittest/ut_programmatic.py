import io
import sys
import unittest


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_bad(self):
        self.assertEqual(sum([1, 2]), 4)

    def runTest(self):
        pass


def plain_test():
    assert 1 + 1 == 2

loader = unittest.TestLoader()
print(loader.getTestCaseNames(T))
suite = loader.loadTestsFromTestCase(T)
print(suite.countTestCases(), [t.id() for t in suite])
print(repr(T("test_ok")), str(T("test_ok")), T("test_ok") == T("test_ok"))

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(suite)
print(result)
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors))
text = stream.getvalue()
print(text.splitlines()[0])
print("FAILED (failures=1)" in text)

s = unittest.TestSuite()
s.addTest(T("test_ok"))
s.addTest(unittest.FunctionTestCase(plain_test))
r = unittest.TestResult()
s.run(r)
print(r, r.wasSuccessful())

try:
    T("nope")
except ValueError as e:
    print(e)

r2 = unittest.TestResult()
T("test_bad").run(r2)
print(r2.failures[0][0], r2.failures[0][1].splitlines()[-1])

prog = unittest.main(exit=False, argv=["prog"])
print("after main", prog.result.testsRun, prog.result.wasSuccessful())
unittest.main(argv=["prog", "T.test_ok"])
