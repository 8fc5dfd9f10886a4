// `fractions`: Fraction, adapted from CPython 3.11's Lib/fractions.py (PSF licence):
// exact arithmetic with ints and Fractions, float results with floats, comparisons,
// limit_denominator, parsing "3/4" / "1.5e-3", and CPython's hash (equal to the hash
// of an equal int or float).
// Deviations: no Decimal support (from_decimal raises NotImplementedError), no
// `numbers` ABCs (isinstance(Fraction(1), numbers.Rational) is unavailable), no
// __format__ (as in 3.11).

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
import math as _math
import re as _re

__all__ = ["Fraction"]

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159

_RATIONAL_FORMAT = _re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
       (?:\s*/\s*(?P<denom>\d+(_\d+)*))?
    |
       (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", _re.VERBOSE | _re.IGNORECASE)


def _is_int(x):
    return isinstance(x, int)


class Fraction:
    __module__ = "fractions"
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                m = _RATIONAL_FORMAT.match(numerator)
                if m is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator = int(m.group("num") or "0")
                denom = m.group("denom")
                if denom:
                    denominator = int(denom)
                else:
                    denominator = 1
                    decimal = m.group("decimal")
                    if decimal:
                        decimal = decimal.replace("_", "")
                        scale = 10 ** len(decimal)
                        numerator = numerator * scale + int(decimal)
                        denominator *= scale
                    exp = m.group("exp")
                    if exp:
                        exp = int(exp)
                        if exp >= 0:
                            numerator *= 10 ** exp
                        else:
                            denominator *= 10 ** -exp
                if m.group("sign") == "-":
                    numerator = -numerator
            elif hasattr(numerator, "as_integer_ratio"):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif _is_int(numerator) and _is_int(denominator):
            numerator = int(numerator)
            denominator = int(denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            numerator, denominator = (
                Fraction(numerator)._numerator * Fraction(denominator)._denominator,
                Fraction(denominator)._numerator * Fraction(numerator)._denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise NotImplementedError("decimal is not available")

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        else:
            return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(b, int):
                return monomorphic_operator(a, Fraction._from_coprime_ints(int(b), 1))
            elif isinstance(b, float):
                return fallback_operator(float(a), b)
            elif isinstance(b, complex):
                return fallback_operator(complex(a), b)
            else:
                return NotImplemented
        forward.__name__ = "__" + fallback_operator.__name__ + "__"

        def reverse(b, a):
            if isinstance(a, Fraction):
                return monomorphic_operator(a, b)
            elif isinstance(a, int):
                return monomorphic_operator(Fraction._from_coprime_ints(int(a), 1), b)
            elif isinstance(a, float):
                return fallback_operator(a, float(b))
            else:
                return NotImplemented
        reverse.__name__ = "__r" + fallback_operator.__name__ + "__"
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db + da * nb, da * db)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(na * db - da * nb, da * db)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = _math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = _math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._from_coprime_ints(na * nb, db * da)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % db)
        na, da = a._numerator, a._denominator
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(n, d)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _add_op(x, y):
        return x + y

    _add_op.__name__ = "add"

    def _sub_op(x, y):
        return x - y

    _sub_op.__name__ = "sub"

    def _mul_op(x, y):
        return x * y

    _mul_op.__name__ = "mul"

    def _truediv_op(x, y):
        return x / y

    _truediv_op.__name__ = "truediv"

    def _floordiv_op(x, y):
        return x // y

    _floordiv_op.__name__ = "floordiv"

    def _divmod_op(x, y):
        return divmod(x, y)

    _divmod_op.__name__ = "divmod"

    def _mod_op(x, y):
        return x % y

    _mod_op.__name__ = "mod"

    __add__, __radd__ = _operator_fallbacks(_add, _add_op)
    __sub__, __rsub__ = _operator_fallbacks(_sub, _sub_op)
    __mul__, __rmul__ = _operator_fallbacks(_mul, _mul_op)
    __truediv__, __rtruediv__ = _operator_fallbacks(_div, _truediv_op)
    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, _floordiv_op)
    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, _divmod_op)
    __mod__, __rmod__ = _operator_fallbacks(_mod, _mod_op)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and (isinstance(b, int) or b.denominator == 1):
            power = b if isinstance(b, int) else b.numerator
            if power >= 0:
                return Fraction._from_coprime_ints(a._numerator ** power, a._denominator ** power)
            elif a._numerator > 0:
                return Fraction._from_coprime_ints(a._denominator ** -power, a._numerator ** -power)
            elif a._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % a._denominator ** -power)
            else:
                return Fraction._from_coprime_ints((-a._denominator) ** -power, (-a._numerator) ** -power)
        elif isinstance(b, (int, Fraction)):
            return float(a) ** float(b)
        elif isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction._from_coprime_ints(a, 1) ** b
        if isinstance(a, float):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            elif remainder * 2 > d:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int or isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = other if isinstance(other, Fraction) else Fraction._from_coprime_ints(int(other), 1)
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
`;

export const createFractionsModule = pythonModule("fractions", () => SOURCE);
