class A:
    cls_attr = "A"

    def __init__(self, x):
        self.x = x

    def who(self):
        return "A" + str(self.x)

    @classmethod
    def make(cls, x):
        return cls(x)

    @staticmethod
    def static(y):
        return y * 2

    def __repr__(self):
        return f"A({self.x!r})"


class B(A):
    def who(self):
        return "B/" + super().who()


class C(A):
    def who(self):
        return "C/" + super().who()


class D(B, C):
    def who(self):
        return "D/" + super(D, self).who()


print(D(1).who())
print([k.__name__ for k in D.__mro__])
print(B.make(3), type(B.make(3)).__name__, A.static(4), A(1).static(5))
print(A(2), repr(A("s")), str(A(3)))
print(A.cls_attr, B(1).cls_attr, isinstance(B(1), A), issubclass(D, C))

a = A(1)
a.y = 5
print(a.y, a.x)

class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val * 10

    @v.deleter
    def v(self):
        print("deleting")


p = P()
p.v = 3
print(p.v)
del p.v
try:
    P.v.fset(p, 1)
    print(p.v)
except Exception as e:
    print(e)


class RO:
    @property
    def x(self):
        return 1


try:
    RO().x = 2
except AttributeError as e:
    print("AttributeError:", e)

try:
    class X(A, A):
        pass
except TypeError as e:
    print(e)

class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2):
        pass
except TypeError as e:
    print(e)

try:
    int.x = 1
except TypeError as e:
    print(e)
try:
    setattr(list, "append", 1)
except TypeError as e:
    print(e)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1

Counter(); Counter()
print(Counter.count)

class G:
    def __getattr__(self, name):
        return name.upper()

print(G().hello)
try:
    A(1).missing
except AttributeError as e:
    print(e)
print(type(A), type(A(1)) is A, A.__name__, A.__qualname__)

class Outer:
    class Inner:
        def f(self):
            pass
print(Outer.Inner.__qualname__)
