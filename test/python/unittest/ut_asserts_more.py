import unittest
class T(unittest.TestCase):
    maxDiff = None
    def test_seq_longer(self):
        self.assertSequenceEqual([1,2,3], [1,2])
    def test_seq_shorter(self):
        self.assertSequenceEqual((1,), (1,2,3), seq_type=tuple)
    def test_seq_type(self):
        self.assertSequenceEqual([1], (1,), seq_type=tuple)
    def test_seq_nolen(self):
        self.assertSequenceEqual(5, [1])
    def test_list_same_diff_types(self):
        self.assertSequenceEqual([1,2], (1,2))
    def test_tuple_msg(self):
        self.assertTupleEqual((1,2),(2,1), "mine")
    def test_set_types(self):
        self.assertSetEqual({1}, [1])
    def test_set_first(self):
        self.assertSetEqual(5, {1})
    def test_set_only_first(self):
        self.assertSetEqual({1, 2}, {2})
    def test_frozen(self):
        self.assertEqual(frozenset({1}), frozenset({2}))
    def test_dict_type(self):
        self.assertDictEqual([], {})
    def test_mlstr_type(self):
        self.assertMultiLineEqual(1, "a")
    def test_mlstr_noeol(self):
        self.assertMultiLineEqual("a\nb", "a\nc")
    def test_count_unhashable(self):
        self.assertCountEqual([[1], [1], [2]], [[1], [3]])
    def test_not_almost_delta(self):
        self.assertNotAlmostEqual(1.0, 1.1, delta=0.5)
    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.01, places=3)
    def test_not_almost_eq(self):
        self.assertNotAlmostEqual(3, 3)
    def test_raises_msg(self):
        with self.assertRaises(ValueError, msg="hmm"): pass
    def test_raises_tuple(self):
        with self.assertRaises((ValueError, TypeError)): pass
    def test_raises_other(self):
        with self.assertRaises(ValueError):
            raise KeyError(1)
    def test_raises_regex_cm(self):
        with self.assertRaisesRegex(ValueError, "a+b") as cm: raise ValueError("xyz")
    def test_raises_exc_attr(self):
        with self.assertRaises(ValueError) as cm: raise ValueError("v")
        print(repr(cm.exception), cm.exception.__traceback__)
    def test_regex_empty(self):
        self.assertRegex("a", "")
    def test_warns_callable(self):
        import warnings
        self.assertWarns(UserWarning, lambda: None)
    def test_long_repr(self):
        self.assertEqual("a"*50 + "b"*50, "a"*50 + "c"*50)
    def test_long_repr2(self):
        self.assertEqual("x"*10 + "a"*90, "x"*10 + "b"*90)
    def test_long_seq_elem(self):
        self.assertEqual(["z"*100, 1], ["z"*100, 2])
    def test_is_inst_msg(self):
        self.assertIsInstance(1, (str, bytes), "m")
    def test_eq_custom(self):
        self.addTypeEqualityFunc(int, lambda a, b, msg=None: self.fail("custom %s %s" % (a, b)))
        self.assertEqual(1, 1)
    def test_eq_custom_str(self):
        self.addTypeEqualityFunc(float, 'assertIs')
        self.assertEqual(1.5, 2.5)
    def test_short_desc(self):
        """  First line.
        second"""
        self.fail()
    def test_fail_none(self):
        self.fail()
    def test_context(self):
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("v")
unittest.main(verbosity=2)
