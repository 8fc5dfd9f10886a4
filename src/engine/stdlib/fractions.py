"""Rational numbers: Fraction(numerator, denominator), always in lowest terms with a
positive denominator. Arithmetic with ints and Fractions is exact; with floats or
complex numbers it gives floats or complex numbers. (No decimal.Decimal here.)
"""

import builtins as _builtins
import math as _math

__all__ = ["Fraction"]

# Numeric hashing (documented for all Python numbers): a value m/n hashes as
# m * n**-1 modulo the Mersenne prime 2**61 - 1, so equal numbers of any type
# hash alike; a denominator divisible by the prime hashes like infinity.
_HASH_PRIME = 2305843009213693951
_HASH_INFINITY = 314159

# complex numbers when the interpreter has them (isinstance against () is False).
_COMPLEX = (_builtins.complex,) if hasattr(_builtins, 'complex') else ()


def _digit_run(text, allow_empty=False):
    # True if text is decimal digits grouped by single underscores.
    if not text:
        return allow_empty
    return all(group and group.isdecimal() for group in text.split('_'))


def _parse_literal(text):
    # (numerator, denominator) written in text ("-3/4", " 1.5e-3 ", "1_000"),
    # or None when text is not a Fraction literal.
    body = text.strip()
    sign = 1
    if body[:1] in ('+', '-'):
        sign = -1 if body[0] == '-' else 1
        body = body[1:]
    if '/' in body:
        top, _, bottom = body.partition('/')
        if not (_digit_run(top) and _digit_run(bottom)):
            return None
        return sign * int(top), int(bottom)
    mantissa, exponent = body, 0
    for mark in ('e', 'E'):
        if mark in mantissa:
            mantissa, _, power = mantissa.partition(mark)
            digits = power[1:] if power[:1] in ('+', '-') else power
            if not _digit_run(digits):
                return None
            exponent = int(power)
            break
    whole, point, part = mantissa.partition('.')
    if not (_digit_run(whole, True) and _digit_run(part, True)):
        return None
    if not whole and not part:
        return None
    top = int(whole or '0')
    bottom = 1
    if part:
        scale = 10 ** len(part.replace('_', ''))
        top = top * scale + int(part)
        bottom = scale
    if exponent >= 0:
        top *= 10 ** exponent
    else:
        bottom *= 10 ** -exponent
    return sign * top, bottom


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    import numbers
    return isinstance(x, numbers.Rational)


def _is_real(x):
    if isinstance(x, (int, float, Fraction)):
        return True
    import numbers
    return isinstance(x, numbers.Real)


def _sign(n):
    return (n > 0) - (n < 0)


class Fraction:
    """This class implements rational numbers.

    In the two-argument form of the constructor, Fraction(8, 6) will
    produce a rational number equivalent to 4/3. Both arguments must be
    Rational. The numerator defaults to 0 and the denominator defaults
    to 1 so that Fraction(3) == 3 and Fraction() == 0.

    Fractions can also be constructed from numeric strings ('-3/4',
    '1.5e-3'), floats and other Rational instances.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return cls._reduced(numerator, 1)
            if _is_rational(numerator):
                return cls._reduced(numerator.numerator, numerator.denominator)
            if isinstance(numerator, float):
                return cls._reduced(*numerator.as_integer_ratio())
            if isinstance(numerator, str):
                pair = _parse_literal(numerator)
                if pair is None:
                    raise ValueError(f'Invalid literal for Fraction: {numerator!r}')
                return cls._reduced(*pair)
            raise TypeError('argument should be a string or a Rational instance')
        if type(numerator) is int and type(denominator) is int:
            return cls._reduced(numerator, denominator)
        if _is_rational(numerator) and _is_rational(denominator):
            return cls._reduced(numerator.numerator * denominator.denominator,
                                denominator.numerator * numerator.denominator)
        raise TypeError('both arguments should be Rational instances')

    @classmethod
    def _reduced(cls, top, bottom):
        # The fraction top/bottom in lowest terms, positive denominator.
        if bottom == 0:
            raise ZeroDivisionError(f'Fraction({top}, 0)')
        common = _math.gcd(top, bottom)
        if bottom < 0:
            common = -common
        return cls._exact(top // common, bottom // common)

    @classmethod
    def _exact(cls, top, bottom):
        # top/bottom already coprime with bottom > 0.
        made = object.__new__(cls)
        made._numerator = top
        made._denominator = bottom
        return made

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f'{cls.__name__}.from_float() only takes floats, '
                            f'not {f!r} ({type(f).__name__})')
        return cls._exact(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (here: only ints, as there is no decimal)."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError(f'{cls.__name__}.from_decimal() only takes Decimals, '
                        f'not {dec!r} ({type(dec).__name__})')

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self, keeping the last two convergents
        # (p_prev/q_prev, p_cur/q_cur), until the next denominator is too big.
        p_prev, q_prev, p_cur, q_cur = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            q_next = q_prev + term * q_cur
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_cur, q_cur = p_cur, q_cur, p_prev + term * p_cur, q_next
            top, bottom = bottom, top - term * bottom
        # The best approximation is the last convergent or the largest
        # semiconvergent below the limit; on a tie the convergent wins.
        steps = (max_denominator - q_prev) // q_cur
        semi = Fraction(p_prev + steps * p_cur, q_prev + steps * q_cur)
        conv = Fraction(p_cur, q_cur)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

    # -- arithmetic ---------------------------------------------------------------------
    # Each operator is an exact rule on (numerator, denominator) pairs; an operand
    # that is a float or complex turns the operation into float or complex math.

    def _exact_or_inexact(self, other, exact, inexact, reflected):
        if isinstance(other, (int, Fraction)):
            pair = (other, self) if reflected else (self, other)
            return exact(pair[0].numerator, pair[0].denominator,
                         pair[1].numerator, pair[1].denominator)
        if isinstance(other, float):
            return inexact(other, float(self)) if reflected else inexact(float(self), other)
        if isinstance(other, _COMPLEX):
            return inexact(other, complex(self)) if reflected else inexact(complex(self), other)
        if reflected:
            if _is_rational(other):
                return exact(other.numerator, other.denominator, self._numerator, self._denominator)
            if _is_real(other):
                return inexact(float(other), float(self))
            import numbers
            if isinstance(other, numbers.Complex):
                return inexact(complex(other), complex(self))
        return NotImplemented

    @staticmethod
    def _sum(n1, d1, n2, d2):
        return Fraction._reduced(n1 * d2 + n2 * d1, d1 * d2)

    @staticmethod
    def _difference(n1, d1, n2, d2):
        return Fraction._reduced(n1 * d2 - n2 * d1, d1 * d2)

    @staticmethod
    def _product(n1, d1, n2, d2):
        return Fraction._reduced(n1 * n2, d1 * d2)

    @staticmethod
    def _quotient(n1, d1, n2, d2):
        if n2 == 0:
            raise ZeroDivisionError(f'Fraction({_sign(n1)}, 0)')
        return Fraction._reduced(n1 * d2, d1 * n2)

    @staticmethod
    def _floor_quotient(n1, d1, n2, d2):
        return (n1 * d2) // (d1 * n2)

    @staticmethod
    def _remainder(n1, d1, n2, d2):
        return Fraction._reduced((n1 * d2) % (n2 * d1), d1 * d2)

    @staticmethod
    def _quotient_and_remainder(n1, d1, n2, d2):
        whole, rest = divmod(n1 * d2, d1 * n2)
        return whole, Fraction._reduced(rest, d1 * d2)

    def __add__(a, b):
        return a._exact_or_inexact(b, Fraction._sum, lambda x, y: x + y, False)

    def __radd__(b, a):
        return b._exact_or_inexact(a, Fraction._sum, lambda x, y: x + y, True)

    def __sub__(a, b):
        return a._exact_or_inexact(b, Fraction._difference, lambda x, y: x - y, False)

    def __rsub__(b, a):
        return b._exact_or_inexact(a, Fraction._difference, lambda x, y: x - y, True)

    def __mul__(a, b):
        return a._exact_or_inexact(b, Fraction._product, lambda x, y: x * y, False)

    def __rmul__(b, a):
        return b._exact_or_inexact(a, Fraction._product, lambda x, y: x * y, True)

    def __truediv__(a, b):
        return a._exact_or_inexact(b, Fraction._quotient, lambda x, y: x / y, False)

    def __rtruediv__(b, a):
        return b._exact_or_inexact(a, Fraction._quotient, lambda x, y: x / y, True)

    def __floordiv__(a, b):
        return a._exact_or_inexact(b, Fraction._floor_quotient, lambda x, y: x // y, False)

    def __rfloordiv__(b, a):
        return b._exact_or_inexact(a, Fraction._floor_quotient, lambda x, y: x // y, True)

    def __mod__(a, b):
        return a._exact_or_inexact(b, Fraction._remainder, lambda x, y: x % y, False)

    def __rmod__(b, a):
        return b._exact_or_inexact(a, Fraction._remainder, lambda x, y: x % y, True)

    def __divmod__(a, b):
        return a._exact_or_inexact(b, Fraction._quotient_and_remainder, divmod, False)

    def __rdivmod__(b, a):
        return b._exact_or_inexact(a, Fraction._quotient_and_remainder, divmod, True)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent; otherwise the float of a is raised."""
        if _is_rational(b):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            top, bottom = a._numerator, a._denominator
            if power >= 0:
                return Fraction._exact(top ** power, bottom ** power)
            if top == 0:
                raise ZeroDivisionError(f'Fraction({bottom ** -power}, 0)')
            if top < 0:
                top, bottom = -top, -bottom
            return Fraction._exact(bottom ** -power, top ** -power)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b for a non-Fraction base a."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._exact(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._exact(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._exact(abs(a._numerator), a._denominator)

    # -- conversions and rounding -------------------------------------------------------

    def __int__(a):
        whole = abs(a._numerator) // a._denominator
        return whole if a._numerator >= 0 else -whole

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, halves to even; with ndigits, a Fraction
        rounded to that many decimal digits."""
        if ndigits is None:
            below, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice < self._denominator or (twice == self._denominator and below % 2 == 0):
                return below
            return below + 1
        unit = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * unit), unit)
        return Fraction(round(self / unit) * unit)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_PRIME)
        except ValueError:
            magnitude = _HASH_INFINITY
        else:
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        value = magnitude if self._numerator >= 0 else -magnitude
        return -2 if value == -1 else value

    # -- comparisons -------------------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, _COMPLEX):
            if b.imag != 0:
                return False
            b = b.real
        if isinstance(b, float):
            if not _math.isfinite(b):
                return False
            return a == Fraction.from_float(b)
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        return NotImplemented

    def _order(self, other, test):
        # test(left, right) on cross-multiplied integers; a non-finite float
        # compares as against 0.0 would.
        if isinstance(other, float):
            if not _math.isfinite(other):
                return test(0.0, other)
            other = Fraction.from_float(other)
        elif not _is_rational(other):
            return NotImplemented
        return test(self._numerator * other.denominator, self._denominator * other.numerator)

    def __lt__(a, b):
        return a._order(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._order(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._order(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._order(b, lambda x, y: x >= y)

    def __bool__(a):
        return a._numerator != 0

    # -- copying and pickling ------------------------------------------------------------

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
