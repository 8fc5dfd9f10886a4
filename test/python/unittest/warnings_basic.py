import warnings
import unittest

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1

warnings.warn("plain warning")
for i in range(3):
    warnings.warn("in loop")
old()
warnings.warn("custom", RuntimeWarning)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    old()
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
warnings.filterwarnings("ignore", message="ign")
warnings.warn("ignore me")
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
warnings.resetwarnings()
warnings.simplefilter("default")

class T(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning):
            old()
        with self.assertWarnsRegex(UserWarning, "rec"):
            warnings.warn("recorded again")

    def test_not_warned(self):
        with self.assertWarns(UserWarning): pass

unittest.main(exit=False)
