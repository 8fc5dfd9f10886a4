from math import gcd
from functools import total_ordering

@total_ordering
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator cannot be zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num, self.den = num // g, den // g
    def __repr__(self): return f"Fraction({self.num}, {self.den})"
    def __str__(self): return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    @staticmethod
    def _coerce(o):
        if isinstance(o, int): return Fraction(o)
        if isinstance(o, Fraction): return o
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None: return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o): return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)
    def __pow__(self, n):
        if n < 0: return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)
    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and self.num == o.num and self.den == o.den
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __hash__(self): return hash((self.num, self.den))
    def __float__(self): return self.num / self.den
    def __int__(self): return self.num // self.den if self.num >= 0 else -(-self.num // self.den)
    def __neg__(self): return Fraction(-self.num, self.den)
    def __abs__(self): return Fraction(abs(self.num), self.den)

a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a ** 2, b ** -2, 1 + a, 2 - a, 3 * b)
print(repr(a + b), float(a), int(Fraction(-7, 2)), int(Fraction(7, 2)), abs(-a))
print(a > b, a >= b, a <= b, a == Fraction(2, 6), a == 1, Fraction(4, 2) == 2)
print(sorted([Fraction(3, 4), Fraction(1, 2), Fraction(5, 6), Fraction(-1, 3)]))
h = sum(Fraction(1, n) for n in range(1, 11))
print(h, float(h), f"{float(h):.6f}")
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(Fraction(6, -4), Fraction(0, 5), max(a, b), min(a, b, key=float))
x = Fraction(1)
for i in range(1, 8):
    x = 1 + 1 / x if isinstance(x, int) else 1 + Fraction(1) / x
print(x, float(x))
