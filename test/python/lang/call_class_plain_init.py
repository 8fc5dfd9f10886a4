# `C(args)` call sites cache the class's plain __init__ (compiler/calls.ts): the cache must
# follow __init__/__new__ changes on the class and its bases, metaclasses and builtin bases.
class A:
    def __init__(self, x):
        self.x = x
class B(A):
    pass
def make(C, v):
    return C(v)
for C in (A, B, A, B):
    print(type(make(C, 1)).__name__, make(C, 2).x)
def init2(self, x):
    self.x = x * 10
A.__init__ = init2
print(make(A, 3).x, make(B, 4).x)
def new(cls, x):
    print("new", cls.__name__, x)
    return object.__new__(cls)
B.__new__ = new
print(make(B, 5).x, make(A, 6).x)
class Bad:
    def __init__(self, x):
        return x
try:
    make(Bad, 7)
except TypeError as e:
    print("TypeError", e)
class L(list):
    def __init__(self, x):
        super().__init__([x, x])
print(make(L, 8))
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return 42
class M(metaclass=Meta):
    def __init__(self, x):
        pass
print(make(M, 9))
class N:
    def __init__(self, x, y=2):
        self.s = x + y
print(make(N, 1).s)
try:
    make(int, "x")
except ValueError as e:
    print("ValueError", e)
print(make(str, 12), make(tuple, "ab"))
class S:
    def __init__(self, x):
        A.__init__ = lambda self, x: setattr(self, "x", -x)
        self.v = x
print(make(S, 1).v, make(A, 5).x)
