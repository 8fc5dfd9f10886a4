class A:
    def __repr__(self): return 5
try: repr(A())
except TypeError as e: print(e)
try: print(A())
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print(e)
class B:
    def __bool__(self): return 1
try: bool(B())
except TypeError as e: print(e)
try:
    if B(): pass
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
class L2:
    def __len__(self): return 'x'
try: len(L2())
except TypeError as e: print(e)
class L3:
    def __len__(self): return 2**70
try: len(L3())
except OverflowError as e: print(e)
class L0:
    def __len__(self): return 0
print(bool(L0()), not L0())
class LB:
    def __len__(self): return True
print(len(LB()))
class E:
    def __eq__(self, o): return NotImplemented
e1, e2 = E(), E()
print(e1 == e2, e1 != e2, e1 == e1, e1 != e1, e1 == 1, [e1] == [e1], e1 in [e2], e1 in [e1])
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
print(H.__hash__)
class Base:
    def __hash__(self): return 42
class Sub(Base):
    def __eq__(self, o): return False
try: print(hash(Sub()))
except TypeError as e: print(e)
class Sub2(Base): pass
print(hash(Sub2()))
class NoHash:
    __hash__ = None
class NH2(NoHash): pass
try: {NH2()}
except TypeError as e: print(e)
class C:
    x = 1
    items = []
c1, c2 = C(), C()
c1.x = 5; c1.items.append(1)
print(c1.x, c2.x, C.x, c2.items, c1.__dict__, c2.__dict__)
del c1.x; print(c1.x)
try: del c1.x
except AttributeError as e: print(e)
class P:
    @property
    def x(self): return 1
p = P()
try: p.x = 2
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
class P2:
    x = property(lambda s: 1)
try: P2().x = 3
except AttributeError as e: print(e)
class P3:
    @property
    def y(self): return self._y
    @y.setter
    def y(self, v): self._y = v * 2
    @y.deleter
    def y(self): print('deleting'); del self._y
p3 = P3(); p3.y = 4; print(p3.y); del p3.y
try: p3.y
except AttributeError as e: print(e)
class P4:
    y = property(None, lambda s, v: None)
try: P4().y
except AttributeError as e: print(e)
print(type(P3.y).__name__, P3.y.fget.__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([Cmp(3), Cmp(1)], key=lambda c: c).__len__(), Cmp(1) > Cmp(0))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
class WithInit:
    def __init__(self): return 5
try: WithInit()
except TypeError as e: print(e)
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1; self.n += 10
a = Cnt(); b = Cnt(); print(Cnt.n, a.n, b.n)
print(A.__name__, A.__qualname__, A.__module__, Sub.__mro__, Sub.__bases__)
class Meta:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class Child(Meta, tag=1): pass
class Ctx:
    def __contains__(self, x): return x == 3
print(3 in Ctx(), 4 in Ctx(), 4 not in Ctx())
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(Idx()), 'ab' * Idx())
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
try: -A()
except TypeError as e: print(e)
try: A() < A()
except TypeError as e: print(e)
try: A() + 1
except TypeError as e: print(e)
try: A()[0]
except TypeError as e: print(e)
try: A()()
except TypeError as e: print(e)
try: len(A())
except TypeError as e: print(e)
try: iter(A())
except TypeError as e: print(e)
class I(int):
    def __repr__(self): return 'I!'
print(str(I(1)), I(1), [I(2)], f'{I(3)}', repr(I(4)), '%s %r %d' % (I(5), I(6), I(7)))
class F(float):
    def __repr__(self): return 'F!'
print(str(F(1)), F(1), f'{F(2)}', [F(3)])
class St(str):
    def __repr__(self): return 'St!'
print(str(St('a')), St('b'), [St('c')], f'{St("d")}')
class Ls(list):
    def __repr__(self): return 'Ls!'
print(str(Ls()), Ls(), [Ls()])
class Both:
    def __str__(self): return 'str'
    def __repr__(self): return 'repr'
print(Both(), [Both()], f'{Both()}', f'{Both()!r}', str(Both()), '%s %r' % (Both(), Both()))
class Ln:
    def __len__(self): return -2**70
try: len(Ln())
except Exception as e: print(type(e), e)
