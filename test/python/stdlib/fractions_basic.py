from fractions import Fraction
import math

a = Fraction(3, 4)
b = Fraction("1/3")
print(a, b, repr(a), Fraction(6, -8), Fraction(5), Fraction(), Fraction(0.5), Fraction("1.25"), Fraction(" -3/9 "))
print(Fraction("1e-3"), Fraction("2.5E2"), Fraction(Fraction(1, 2), Fraction(3, 4)), Fraction(1.1))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a * 2, 2 / a, a - 1, 1 - a, a ** 2, a ** -2, 2 ** Fraction(2), Fraction(-2, 3) ** -3)
print(a + 0.25, 0.5 * a, a ** 0.5, type(a + 0.25).__name__, 4 ** Fraction(1, 2))
print(a == Fraction(6, 8), a == 0.75, a != b, a < b, a > b, a <= 1, a >= 0.5, Fraction(2) == 2, 1 < a)
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]), max(a, b), min(a, 0.1))
print(hash(Fraction(2)) == hash(2), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(-1, 2)) == hash(-0.5))
print({Fraction(1, 2): "half"}[Fraction(2, 4)], len({Fraction(4, 2), Fraction(2)}))
print(a.numerator, a.denominator, a.as_integer_ratio(), int(Fraction(-7, 2)), float(b), bool(Fraction(0)))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.trunc(Fraction(-7, 2)))
print(Fraction(math.pi).limit_denominator(1000), Fraction("3.14159").limit_denominator(100), Fraction(1, 3).limit_denominator(10))
print(Fraction.from_float(0.1), Fraction.from_float(3), sum([Fraction(1, n) for n in range(1, 7)]))
print(f"{Fraction(1, 3)}", str(Fraction(10, 5)), "%s" % Fraction(7, 3), f"{float(Fraction(1, 3)):.3f}")
try:
    f"{Fraction(1, 3):.3f}"
except TypeError as e:
    print("TypeError", e)
total = Fraction(0)
for i in range(1, 20):
    total += Fraction(1, i * (i + 1))
print(total)
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x"), lambda: a / 0, lambda: Fraction([1])]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
