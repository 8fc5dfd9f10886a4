import unittest

class TestMath(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        raise ValueError("boom")

    @unittest.skip("not now")
    def test_skip(self):
        pass

    def test_str(self):
        """Strings differ."""
        self.assertEqual("hello world", "hello there")

    def test_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

class TestOther(unittest.TestCase):
    def test_raises(self):
        with self.assertRaises(KeyError):
            {}["x"]
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)

    def test_in(self):
        self.assertIn(3, [1, 2], "custom")

if __name__ == "__main__":
    unittest.main(verbosity=2)
