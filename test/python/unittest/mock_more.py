import math
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, PropertyMock, patch, call, ANY, sentinel, DEFAULT

m = Mock()
m.a.b(1)
m().c(2)
m.d()(3)
m.e.f().g(4)
print(m.mock_calls)
print(m.method_calls)
print(m.a.mock_calls, m.a.method_calls, m.return_value.mock_calls)
print(repr(m.e.f().g).split(" id=")[0], repr(m()).split(" id=")[0])
c = call(1, k=2)
print(c.args, c.kwargs, call.x.y(3).call_list(), c == ((1,), {"k": 2}), c == call(1, k=3), c != call(1, k=2))
print(call.foo(1) == ("foo", (1,), {}), call.foo(1) == call.bar(1), call() == call(), repr(call().x(5)))
try:
    m.assert_has_calls([call.a.b(2)])
except AssertionError as e:
    print("AE:", e)
m.assert_has_calls([call.d(), call.d()(3)])
m.assert_has_calls([call.e.f().g(4), call.a.b(1)], any_order=True)
try:
    m.assert_has_calls([call.zz(9), call.a.b(1)], any_order=True)
except AssertionError as e:
    print("AE:", e)
try:
    m.assert_called_once()
except AssertionError as e:
    print("AE:", e)
try:
    m.assret_called()
except AttributeError as e:
    print("Attr:", e)
n = Mock(unsafe=True)
n.assret_called()

s = Mock(side_effect=KeyError)
try:
    s(1)
except KeyError as e:
    print("KeyError raised", s.call_count)
d = Mock(side_effect=lambda *a: DEFAULT, return_value=8)
print(d(1))
w = Mock(wraps=lambda x: x + 1)
print(w(1), w.call_args)
w.return_value = 0
print(w(1))
lst = Mock(wraps=[3, 1, 2])
print(lst.count(3), lst.count.call_args)

class Spec:
    x = 1
    def meth(self): pass
sp = Mock(spec=Spec)
print(repr(sp).split(" id=")[0], repr(sp.meth).split(" id=")[0], sp.x is not None)
try:
    sp.nope
except AttributeError as e:
    print("Attr:", e)
ss = Mock(spec_set=["a"])
ss.a = 1
try:
    ss.b = 2
except AttributeError as e:
    print("Attr:", e)
sp.other = 3
print(sp.other)

parent = Mock()
child = Mock(return_value=5)
parent.attach_mock(child, "kid")
parent.kid(1)
print(parent.mock_calls, parent.method_calls, repr(child).split(" id=")[0])
cfg = Mock()
cfg.configure_mock(**{"x.y.return_value": 3, "x.z": 4, "name_attr": "n"})
print(cfg.x.y(), cfg.x.z, cfg.name_attr)
r = Mock(return_value=1, side_effect=[5])
print(r())
r.reset_mock(return_value=True, side_effect=True)
print(r.side_effect, isinstance(r(), Mock), r.call_count)
del cfg.x
for attempt in ("x", "x", "never"):
    try:
        delattr(cfg, attempt)
        print("deleted", attempt)
    except AttributeError as e:
        print("Attr:", e)
try:
    cfg.x
except AttributeError as e:
    print("Attr:", e)
cfg.x = 5
print(cfg.x, "x" in dir(cfg), "never" in dir(cfg))
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print("TypeError", type(nc.attr).__name__)

mm = MagicMock()
print(str(mm).startswith("<MagicMock id="), mm == mm, mm != mm, mm == 3, isinstance(hash(mm), int))
mm.__eq__.return_value = True
print(mm == 3, int(mm), float(mm), [10, 20][mm], len(mm), mm.__len__.call_count)
mm.__str__.return_value = "fmt"
print(str(mm))
mm.__getitem__.side_effect = lambda k: k * 10
mm[1] = 2
del mm[3]
print(mm[4], mm.__setitem__.call_args, mm.__delitem__.call_args)
print(mm.mock_calls[-3:])
mm.__iter__.return_value = [7, 8]
print(list(mm), list(mm))
print(type(mm.child).__name__, type(mm.child()).__name__, type(mm()).__name__)
try:
    mm < 3
except TypeError as e:
    print("TypeError <")

class Holder:
    @property
    def prop(self):
        return "real"
with patch.object(Holder, "prop", new_callable=PropertyMock) as pm:
    pm.return_value = "mocked"
    h = Holder()
    print(h.prop)
    h.prop = 4
    print(pm.mock_calls)
print(Holder().prop)

p = patch("math.gcd", return_value="/fake")
fake = p.start()
print(math.gcd(4, 6), fake.called)
p.stop()
print(math.gcd(4, 6), p.stop())
patch("math.tau", 1).start()
patch.object(math, "e", 2).start()
print(math.tau, math.e)
patch.stopall()
print(math.tau > 6, math.e > 2)
with patch("math.brand_new", create=True, new=sentinel.made) as made:
    print(math.brand_new, made)
print(hasattr(math, "brand_new"))
try:
    with patch("math.brand_new"):
        pass
except AttributeError as e:
    print("Attr: ... does not" + str(e).split(" does not")[1])
try:
    patch("nodots")
except TypeError as e:
    print("TypeError:", e)
try:
    patch.object("math", "pi")
except TypeError as e:
    print("TypeError:", e)
try:
    patch("math.pi", new=1, new_callable=Mock)
except ValueError as e:
    print("ValueError:", e)
try:
    with patch("math.pi", 3, foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)
with patch("math.floor", spec=True) as sf:
    print(type(sf).__name__)
with patch("math.pi", spec=True) as sp2:
    print(type(sp2).__name__)

env = {"A": "1", "B": "2"}
with patch.dict(env, {"C": "3"}, clear=True) as got:
    print(env, got is env)
print(env)
@patch.dict(env, D="4")
def use_env():
    return dict(env)
print(use_env(), env)
ENVIRON = {}
pd = patch.dict("__main__.ENVIRON", {"HEAPSCOPE_X": "y"})
pd.start()
print(ENVIRON.get("HEAPSCOPE_X"))
pd.stop()
print(ENVIRON.get("HEAPSCOPE_X"))

@patch("math.sqrt", new=lambda x: -1)
def uses_new(*args):
    return args, math.sqrt(9)
print(uses_new(1))

@patch("math.floor")
class Tests(unittest.TestCase):
    def test_one(self, mfloor):
        mfloor.return_value = 1
        self.assertEqual(math.floor(5.5), 1)
    def helper(self):
        return math.floor(5.5)
    def test_two(self, mfloor):
        self.assertIsInstance(math.floor(2.5), MagicMock)
        self.assertEqual(self.helper(), mfloor.return_value)
unittest.main(exit=False, argv=["x", "-q"])
print(math.floor(5.5))
print(sentinel.a, sentinel.a is sentinel.a, sentinel.a is not sentinel.b, sentinel.a.name, ANY == object(), [ANY, 2] == [1, 2], repr(ANY))
