# Keys that are equal with equal hashes are one key, whatever their types.
from fractions import Fraction

class Num:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
    def __repr__(self):
        return "Num(%r)" % (self.v,)

d = {1: "one", -1: "minus one", 0: "zero", 2.0: "two"}
print(d[Fraction(1)], d[Fraction(-1)], d[Num(0)], d[Fraction(2)], Fraction(1, 2) in d)
d[Fraction(1)] = "ONE"
d[Num(2)] = "TWO"
print(d, len(d))
del d[Fraction(0)]
print(d.pop(Num(-1)), d)

f = {Fraction(3): "three", Num(-1): "m", Fraction(5, 2): "half"}
print(f[3], f[3.0], f[True * 3], f[-1], f[2.5], 3 in f, f.get(4, "none"))
f[3] = "3!"
f[-1] = "-1!"
print(f)
del f[3]
print(f)

s = {1, 2, 3, -1}
print(Fraction(2) in s, Num(-1) in s, sorted(s - {Fraction(1)}), s == {Fraction(1), Num(2), 3, -1})
s.discard(Fraction(3))
s.add(Num(1))
print(sorted(s))
print(len({1, 1.0, True, Fraction(1), Num(1)}))
