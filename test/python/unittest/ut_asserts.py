import unittest


class Asserts(unittest.TestCase):
    maxDiff = None

    def test_equal_int(self):
        self.assertEqual(3, 4)

    def test_equal_msg(self):
        self.assertEqual(3, 4, "numbers differ")

    def test_not_equal(self):
        self.assertNotEqual("a", "a")

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(1, None)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_is_none(self):
        self.assertIsNone(5)

    def test_is_not_none(self):
        self.assertIsNotNone(None)

    def test_in(self):
        self.assertIn("x", "abc")

    def test_not_in(self):
        self.assertNotIn(1, [1, 2])

    def test_isinstance(self):
        self.assertIsInstance(1, str)

    def test_not_isinstance(self):
        self.assertNotIsInstance(1, int)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_greater_equal(self):
        self.assertGreaterEqual(1, 2)

    def test_less(self):
        self.assertLess(2, 1)

    def test_less_equal(self):
        self.assertLessEqual(2, 1)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_delta(self):
        self.assertAlmostEqual(1.0, 1.5, delta=0.25)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4, 6])

    def test_tuple_diff(self):
        self.assertEqual((1, "a"), (1, "b", 3))

    def test_long_list(self):
        self.assertEqual(list(range(30)), list(range(1, 31)))

    def test_dict_diff(self):
        self.assertEqual({"name": "x", "size": 3, "tags": ["a", "b"]}, {"name": "y", "size": 3, "tags": ["a"]})

    def test_set_diff(self):
        self.assertEqual({1, 2, 3}, {2, 3, 4})

    def test_multiline(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\nline four\n")

    def test_long_string(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2, "a"], [1, 2, 2, "b"])

    def test_regex(self):
        self.assertRegex("hello", r"^w")

    def test_not_regex(self):
        self.assertNotRegex("hello world", r"o w")

    def test_raises_not_raised(self):
        self.assertRaises(ValueError, int, "5")

    def test_raises_regex_mismatch(self):
        self.assertRaisesRegex(ValueError, "foo", int, "x")

    def test_raises_ok(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            print(1 / 0)
        self.assertEqual(type(cm.exception), ZeroDivisionError)
        self.assertRaisesRegex(ValueError, "invalid literal", int, "x")

    def test_fail(self):
        self.fail("explicit failure")

    def test_sequence_types(self):
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertListEqual([1], [1])

    def test_list_vs_tuple(self):
        self.assertListEqual([1], (1,))

    def test_dict_contains(self):
        self.assertDictEqual({}, {"a": 1})


class ShortMessages(unittest.TestCase):
    longMessage = False

    def test_short(self):
        self.assertEqual(1, 2, "only this")


class TruncatedDiff(unittest.TestCase):
    def test_truncated(self):
        self.assertEqual(list(range(200)), list(range(1, 201)))


if __name__ == "__main__":
    unittest.main()
