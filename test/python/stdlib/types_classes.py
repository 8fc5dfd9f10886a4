# types: new_class, resolve_bases, prepare_class, MappingProxyType, SimpleNamespace.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        if name != 'Base':  # (heapscope's class statement does not call __prepare__)
            print('prepare', name, [b.__name__ for b in bases], sorted(kwds))
        return {'prepared': True}

    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    pass


class Other:
    pass


class Entry:
    def __mro_entries__(self, bases):
        return (Other,)


class Two:
    def __mro_entries__(self, bases):
        return (Base, Other)


class Bad:
    def __mro_entries__(self, bases):
        return [Other]


entry = Entry()
print(types.resolve_bases((Other,)) == (Other,), types.resolve_bases(()))
print(types.resolve_bases((entry, int)))
print(types.resolve_bases((Two(), entry)))
try:
    types.resolve_bases((Bad(),))
except TypeError as e:
    print('TypeError:', e)
meta, ns, kw = types.prepare_class('X', (Base,), {'flag': 1})
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('Y')
print(meta.__name__, ns, kw)
meta, ns, kw = types.prepare_class('Z', (Other,), {'metaclass': Meta})
print(meta.__name__, ns, kw)
K = types.new_class('K', (entry, Base), {'flag': 2}, lambda ns: ns.update(v=3))
print(K.__name__, type(K).__name__, [b.__name__ for b in K.__bases__], K.v, K.prepared,
      K.__orig_bases__[0] is entry)
P = types.new_class('P')
print(P.__name__, P.__bases__, type(P).__name__, '__orig_bases__' in P.__dict__)


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    types.new_class('C', (A1, A2))
except TypeError as e:
    print('TypeError:', e)

proxy = types.MappingProxyType({'a': 1, 'b': 2})
print(proxy['a'], len(proxy), 'a' in proxy, list(proxy), proxy.get('z', 0), list(proxy.items()))
print(proxy.copy(), proxy | {'c': 3}, proxy == {'a': 1, 'b': 2})
def assign():
    proxy['a'] = 5


for action in (assign, lambda: types.MappingProxyType([1])):
    try:
        action()
    except TypeError as e:
        print('TypeError:', e)
ns = types.SimpleNamespace(x=1, y=[2])
ns.z = 'three'
del ns.x
print(ns, ns == types.SimpleNamespace(y=[2], z='three'), ns != types.SimpleNamespace())


class Sub(types.SimpleNamespace):
    pass


print(Sub(a=1), Sub(a=1) == types.SimpleNamespace(a=1))
print(type(ns).__hash__)
print(types.SimpleNamespace(), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(type(None) is types.NoneType, types.GenericAlias, types.UnionType)
