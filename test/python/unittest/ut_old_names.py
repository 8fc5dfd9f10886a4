import unittest, warnings
class T(unittest.TestCase):
    def test_a(self):
        self.assertEquals(1, 1)
        self.assertEquals(1, 1)
        self.failUnless(True)
        self.assertRegexpMatches("a", "a")
    def test_b(self):
        self.assertEquals(1, 1)
unittest.main(exit=False)
