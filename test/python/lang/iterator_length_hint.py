# __length_hint__ of the builtin sequence iterators: what is left, 0 when exhausted.
import operator
cases = [iter([1, 2, 3]), iter((4, 5)), reversed([6, 7, 8, 9]), iter("h\u00e9llo"),
         iter("a\U0001f600b"), iter(range(3, 30, 4)), iter(range(10, 0, -3)), iter([])]
for it in cases:
    before = it.__length_hint__()
    next(it, None)
    print(type(it).__name__, before, it.__length_hint__(), operator.length_hint(it))
items = [1, 2]
it = iter(items)
items.extend([3, 4])
print(it.__length_hint__())
for _ in it:
    pass
print(it.__length_hint__())
back = reversed(items)
items.clear()
print(back.__length_hint__())
print(operator.length_hint(object(), 9), operator.length_hint([1, 2, 3]))
