"""The numeric tower: Number, Complex, Real, Rational, Integral (heapscope).

Abstract classes for isinstance checks: int, float, bool (and complex when the engine
has it) are registered, fractions.Fraction and decimal.Decimal are recognised by name.
Deviation: the abstract arithmetic methods are not declared, so a subclass need not
implement them to be instantiated. The concrete methods below are the mixins the
documentation promises (each written in terms of the abstract operations).
"""

from abc import ABCMeta
import builtins as _builtins

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]

# Classes recognised by module and name, so importing numbers does not import them:
# (module, qualified name) -> the tower levels they belong to.
_KNOWN_BY_NAME = {
    ("fractions", "Fraction"): ("Number", "Complex", "Real", "Rational"),
    ("decimal", "Decimal"): ("Number",),
}


class Number(metaclass=ABCMeta):
    """The root of the tower; isinstance(x, Number) says x is a number."""

    __slots__ = ()
    __hash__ = None

    @classmethod
    def __subclasshook__(cls, C):
        key = (getattr(C, "__module__", None), getattr(C, "__qualname__", None))
        levels = _KNOWN_BY_NAME.get(key)
        if levels is not None and cls.__name__ in levels and cls.__module__ == __name__:
            return True
        return NotImplemented


class Complex(Number):
    """Numbers with real and imaginary parts."""

    __slots__ = ()

    def __bool__(self):
        return self != 0

    def conjugate(self):
        raise NotImplementedError


class Real(Complex):
    """Ordered numbers with no imaginary part."""

    __slots__ = ()

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        quotient = self // other
        return (quotient, self % other)

    def __rdivmod__(self, other):
        quotient = other // self
        return (quotient, other % self)


class Rational(Real):
    """Numbers with an integer numerator and denominator."""

    __slots__ = ()

    def __float__(self):
        top, bottom = int(self.numerator), int(self.denominator)
        return top / bottom


class Integral(Rational):
    """Integers."""

    __slots__ = ()

    def __index__(self):
        return int(self)

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Real.register(float)
Integral.register(int)
if hasattr(_builtins, "complex"):
    Complex.register(_builtins.complex)
