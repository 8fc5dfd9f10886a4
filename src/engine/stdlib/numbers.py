"""The numeric tower: Number, Complex, Real, Rational, Integral (heapscope)."""

# ABCs for isinstance checks; int/float/bool (and complex, fractions.Fraction when
# present) are registered. Deviation: the abstract arithmetic methods are not declared,
# so a subclass need not implement them to be instantiated.

from abc import ABCMeta

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _is_named(C, module, name):
    return getattr(C, "__module__", None) == module and getattr(C, "__qualname__", None) == name


class Number(metaclass=ABCMeta):
    __slots__ = ()
    __hash__ = None

    @classmethod
    def __subclasshook__(cls, C):
        # fractions.Fraction and decimal.Decimal are registered by name, so importing
        # numbers does not import those modules.
        if _is_named(C, "fractions", "Fraction"):
            return True if cls in (Number, Complex, Real, Rational) else NotImplemented
        if _is_named(C, "decimal", "Decimal"):
            return True if cls is Number else NotImplemented
        return NotImplemented


class Complex(Number):
    __slots__ = ()

    def __bool__(self):
        return self != 0

    def conjugate(self):
        raise NotImplementedError


class Real(Complex):
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
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)


class Rational(Real):
    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    __slots__ = ()

    def __float__(self):
        return float(int(self))

    def __index__(self):
        return int(self)

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


import builtins as _builtins
if hasattr(_builtins, "complex"):
    Complex.register(_builtins.complex)
Real.register(float)
Integral.register(int)
