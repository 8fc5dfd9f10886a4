import unittest


class Sub(unittest.TestCase):
    def test_nested(self):
        for i in range(3):
            with self.subTest(i=i):
                for j in range(2):
                    with self.subTest("inner", j=j):
                        self.assertNotEqual(i, j)

    def test_error_in_subtest(self):
        with self.subTest(kind="error"):
            raise KeyError("missing")
        print("continues after subtest")

    def test_all_pass(self):
        for n in (2, 4):
            with self.subTest(n=n):
                self.assertEqual(n % 2, 0)

    def test_plain_subtest(self):
        with self.subTest():
            self.fail("plain")

    def test_skip_in_subtest(self):
        with self.subTest(x=1):
            self.skipTest("sub skip")


if __name__ == "__main__":
    unittest.main(verbosity=2)
