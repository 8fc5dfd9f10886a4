# seq + other: the right operand's __radd__ is tried before the concatenation error.
class R:
    def __radd__(self, other):
        return ("radd", other)


print([0] + R(), (1,) + R(), "s" + R())
for left, right in [([1], 1), ((1,), [1]), ("a", 1), ([1], (1,)), ("a", None)]:
    try:
        left + right
    except TypeError as e:
        print("TypeError:", e)
print([1] + [2], (1,) + (2,), "a" + "b")
