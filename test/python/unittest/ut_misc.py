import io
import unittest
import warnings


class Misc(unittest.TestCase):
    def test_raises_by(self):
        self.assertRaises(ValueError, lambda: None)

    def test_raises_named(self):
        def quiet():
            return 1
        self.assertRaises(KeyError, quiet)

    def test_warns_by(self):
        def silent():
            pass
        self.assertWarns(UserWarning, silent)

    def test_warns_regex_mismatch(self):
        self.assertWarnsRegex(UserWarning, "^x", warnings.warn, "abc")

    def test_warns_ok(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn("hello there")
        print(cm.warning, cm.filename, cm.lineno)

    def test_not_regex(self):
        self.assertNotRegex("abcabc", "b+c")

    def test_count_mixed(self):
        self.assertCountEqual([{"a": 1}, 1, 1, [2]], [[2], {"a": 1}, 3])

    def test_long_text(self):
        first = "\n".join("line %d" % i for i in range(100))
        second = first.replace("line 50", "LINE 50")
        self.assertEqual(first, second)

    def test_long_message_off(self):
        self.longMessage = False
        self.assertIn(1, [2], "only mine")

    def test_not_equal_msg(self):
        self.assertNotEqual([1], [1], "lists")

    def test_dict_equal_nested(self):
        self.assertEqual({"k": list(range(10))}, {"k": list(range(11))})

    def test_tuple_equal(self):
        self.assertTupleEqual((1, 2, 3), (1, 2, 3, 4))

    def test_seq_same(self):
        self.assertSequenceEqual("abc", ["a", "b", "c"])

    def test_seq_diff_str(self):
        self.assertSequenceEqual("abc", "abd")

    def test_is_none_msg(self):
        self.assertIsNone(0, msg="zero")

    def test_almost_ok(self):
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertAlmostEqual(5, 7, delta=2)
        self.assertNotAlmostEqual(1.0, 2.0)

    def test_subtest_failfast(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)
        print("after loop")


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Misc))
print(stream.getvalue())

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, failfast=True).run(Misc("test_subtest_failfast"))
print(stream.getvalue())
print(result.testsRun, result.shouldStop, len(result.failures))
