import math
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    @property
    def label(self):
        return self.name.upper()
class Square(Shape):
    sides = 4
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2
sq = Square(3)
print([a for a in dir(sq) if not a.startswith("__")])
print(dir(sq))
print(dir(Square) == dir(Shape), len(dir(Square)) - len(dir(Shape)))
print(vars(sq), sq.__dict__, vars(Square).get("sides"), "area" in vars(Square))
print([n for n in dir(math) if n.startswith("is")], "sqrt" in dir(math))
public = [n for n in dir(str) if not n.startswith("_")]
print(len(public), public[:10])
def f(a, b=2):
    c = a + b
    print(dir(), sorted(locals().items()))
f(1)
class Ns:
    x = 1
    y = x + 1
    print(sorted(locals()), dir())
print(hasattr(sq, "label"), getattr(sq, "label"), [k for k, v in vars(Square).items() if callable(v)])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
print(sorted(k for k in globals() if not k.startswith("__")))
