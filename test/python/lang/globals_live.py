import sys
m = sys.modules[__name__]
d = m.__dict__
d['zz'] = 5
print(zz)
globals()['x'] = 1
print(x)
del globals()['x']
try:
    x
except NameError as e:
    print(e)
g = globals()
print(type(g), 'zz' in g, g.get('zz'), len(g) == len(list(g)))
g.update(a=1, b=2)
print(a + b, sorted(k for k in g if len(k) == 1))
def f(p, q=2):
    r = p + q
    def inner():
        return r
    print(sorted(locals()), vars() == locals())
    l = locals()
    l['r'] = 100
    print(r)
    return inner
f(1)
print(vars(m) is not None, 'zz' in vars(m))
class C:
    y = 1
    print(sorted(k for k in locals() if not k.startswith('__')))
o = C()
o.k = 3
print(vars(o), vars(C)['y'])
globals().setdefault('newname', 7)
print(newname)
print(globals().pop('newname'), 'newname' in globals())
for k, v in list(globals().items()):
    if k == 'zz': print(k, v)
import math
math.__dict__['tau2'] = 1
print(math.tau2)
class A:
    def f(self): return "A"
class B(A):
    def f(self):
        s = super()
        print(s.__thisclass__, s.__self__ is self, s.__self_class__)
        return s.f()
    @classmethod
    def c(cls):
        s = super()
        print(s.__self__, s.__self_class__)
print(B().f()); B.c()
print(super(B, B()).__self_class__)
