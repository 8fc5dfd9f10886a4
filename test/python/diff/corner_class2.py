class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('V.eq', type(o).__name__)
        return NotImplemented
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('W.eq', type(o).__name__)
        return isinstance(o, V) and o.v == self.v
print(V(1) == W(1), W(1) == V(1), V(1) != W(1))
class Sub(W): 
    def __eq__(self, o):
        print('Sub.eq'); return 'sub'
print(W(1) == Sub(1))
class Lt:
    def __lt__(self, o): print('Lt.lt'); return NotImplemented
class Gt:
    def __gt__(self, o): print('Gt.gt'); return True
print(Lt() < Gt())
try: Lt() < Lt()
except TypeError as e: print(e)
class GA:
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        return name.upper()
g = GA(); g.real = 1; print(g.foo, g.real, getattr(g, 'bar'), hasattr(g, '_x'), getattr(g, '_y', 'dflt'))
class GAB:
    def __getattribute__(self, name):
        if name == 'secret': raise AttributeError('no secret')
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback ' + name
print(GAB().secret, GAB().__class__.__name__)
class SA:
    def __setattr__(self, k, v):
        print('set', k, v); super().__setattr__(k, v * 2)
    def __delattr__(self, k): print('del', k); object.__delattr__(self, k)
sa = SA(); sa.x = 2; print(sa.x); del sa.x; print(hasattr(sa, 'x'))
class D:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name); self.name = name
    def __get__(self, obj, typ=None): return self if obj is None else ('got', self.name)
    def __set__(self, obj, v): print('descr set', v)
class Host:
    attr = D()
h = Host(); print(h.attr, type(Host.attr).__name__); h.attr = 5; print(h.__dict__)
class CM:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls
    @staticmethod
    def st(x): return x * 2
class CM2(CM): pass
print(CM2.make().__name__, CM.count, CM2.count, CM().st(4), CM.st(5), CM2().make().__name__)
class Base:
    def hello(self): return 'base'
class Mid(Base):
    def hello(self): return 'mid+' + super().hello()
class Leaf(Mid):
    def hello(self): return 'leaf+' + super(Mid, self).hello()
print(Leaf().hello(), Mid().hello())
class A1:
    def who(self): return 'A1'
class B1(A1):
    def who(self): return 'B1>' + super().who()
class C1(A1):
    def who(self): return 'C1>' + super().who()
class D1(B1, C1):
    def who(self): return 'D1>' + super().who()
print(D1().who(), [k.__name__ for k in D1.__mro__])
try:
    class Bad(A1, B1): pass
except TypeError as e: print(e)
class Gen:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item}]'
print(Gen[int], Gen['x'])
class Rpr:
    def __init__(self): self.me = self
    def __repr__(self): return f'Rpr({len(self.__dict__)})'
print([Rpr()], {'k': Rpr()})
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): print('radd'); return Num(o + self.v)
    def __iadd__(self, o): print('iadd'); self.v += 100; return self
    def __repr__(self): return f'Num({self.v})'
n = Num(1); print(1 + n, n + 2, sum([Num(1), Num(2)])); n += 1; print(n)
class Cell:
    __slots__ = ()
print(Cell.__slots__, isinstance(Cell(), object))
print(type('Dyn', (object,), {'x': 1})().x, type(type), type(object), isinstance(type, object), issubclass(bool, int))
class InitSub:
    def __init__(self, x, *, y=2): self.s = x + y
try: InitSub()
except TypeError as e: print(e)
try: InitSub(1, 2)
except TypeError as e: print(e)
try: InitSub(1, z=3)
except TypeError as e: print(e)
try: object.__new__(1)
except TypeError as e: print(e)
class Abstract:
    def m(self): raise NotImplementedError('subclass must implement')
try: Abstract().m()
except NotImplementedError as e: print(type(e).__name__, e)
print(NotImplemented, repr(NotImplemented), bool(Ellipsis))
try: type.__new__(1)
except TypeError as e: print(e)
try: type.__new__(int, 'a', (), {})
except TypeError as e: print(e)
