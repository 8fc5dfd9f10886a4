import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel
import math
import random

m = Mock()
m(1, 2, a=3)
m.method("x")
m.method.sub(5)
print(m.call_count, m.call_args, m.call_args_list, m.method_calls, m.mock_calls)
print(m.called, m.method.called, m.method.call_args)
m.assert_called_with(1, 2, a=3)
m.method.assert_called_once_with("x")
for fn, args in ((m.assert_called_with, (9,)), (m.method.assert_called_once_with, ("y",)), (Mock().assert_called_with, (1,)), (m.assert_not_called, ()), (Mock(name="named").assert_called, ()), (m.assert_any_call, (5,))):
    try:
        fn(*args)
    except AssertionError as e:
        print("AE:", e)
m2 = Mock()
m2(1); m2(2)
try:
    m2.assert_called_once_with(1)
except AssertionError as e:
    print("AE:", e)
m2.assert_has_calls([call(1), call(2)])
m2.assert_any_call(1)
print(call(1, x=2), call.foo(3), call.foo.bar(1), m2.call_args_list == [call(1), call(2)], call(ANY) == call(5))
r = Mock(return_value=42)
print(r(), r.return_value)
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("side", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
mm = MagicMock()
mm.__len__.return_value = 3
mm.__getitem__.return_value = "item"
print(len(mm), mm[0], bool(mm), list(mm), 1 in mm)
with mm as ctx:
    print("ctx is mock", isinstance(ctx, MagicMock))
mm.__iter__.return_value = iter([1, 2])
print(list(mm))
print(repr(Mock(name="foo")).split(" id=")[0], repr(m.method).split(" id=")[0], repr(m.method()).split(" id=")[0])
cfg = Mock(**{"a.return_value": 1, "b": 2})
print(cfg.a(), cfg.b)
print(sentinel.x is sentinel.x, sentinel.x)

with patch("math.sqrt", return_value=99) as fake:
    print(math.sqrt(4), fake.call_args)
print(math.sqrt(4))

@patch("random.random")
@patch("math.floor")
def decorated(mock_floor, mock_random):
    mock_random.return_value = 0.5
    mock_floor.return_value = 7
    return random.random(), math.floor(3.3)
print(decorated(), random.random() != 0.5)

class Thing:
    value = 1
    def get(self):
        return "real"
with patch.object(Thing, "get", return_value="fake"):
    print(Thing().get())
print(Thing().get())
d = {"a": 1}
with patch.dict(d, {"b": 2}):
    print(d)
print(d)

class T(unittest.TestCase):
    @patch("math.pi", 3)
    def test_pi(self):
        self.assertEqual(math.pi, 3)

    @patch.object(Thing, "value", 5)
    def test_value(self):
        self.assertEqual(Thing.value, 5)

    def test_mock_assert(self):
        m = Mock()
        m(1)
        m.assert_called_once_with(1)
        self.assertEqual(m.call_count, 2)

unittest.main(exit=False)
print(math.pi > 3)
m.reset_mock()
print(m.call_count, m.method.call_count)
