# Contexts: attributes, validation, flags and traps, localcontext and the templates.
import decimal
from decimal import *

c = getcontext()
print(repr(c))
print(repr(BasicContext))
print(repr(ExtendedContext))
print(repr(DefaultContext))
print(c.flags)
print(c.traps[InvalidOperation], c.traps[Inexact], c.flags[Rounded])

for attr, val in [('prec', 0), ('prec', 'x'), ('prec', MAX_PREC + 1), ('Emin', 1), ('Emax', -1),
                  ('capitals', 2), ('clamp', 3), ('rounding', 'x'), ('rounding', 1)]:
    try:
        setattr(Context(), attr, val)
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__, e)

ctx = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
              traps=[Inexact], flags=[Rounded])
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, ctx.Etiny(), ctx.Etop())
try:
    Context(traps=[1])
except KeyError as e:
    print('KeyError', e)
try:
    ctx.traps[42] = True
except KeyError as e:
    print('KeyError', e)

# flags set by operations
c = Context()
print(c.divide(Decimal(1), Decimal(3)))
print(sorted(s.__name__ for s, v in c.flags.items() if v))
c.clear_flags()
print(c.add(Decimal('1.5'), 2), [s.__name__ for s, v in c.flags.items() if v])
print(c.multiply(Decimal('1e-999999'), Decimal('1e-20')), [s.__name__ for s, v in c.flags.items() if v])
c.clear_flags()
print(c.multiply(Decimal('1e-999999'), Decimal('1e-200')), [s.__name__ for s, v in c.flags.items() if v])
c.clear_flags()
print(c.divide(1, Decimal('Inf')), [s.__name__ for s, v in c.flags.items() if v])
c = Context(clamp=1)
print(c.create_decimal('1e999999'), [s.__name__ for s, v in c.flags.items() if v])
c = Context(traps=[])
print(c.multiply(Decimal('9e999999'), 10), [s.__name__ for s, v in c.flags.items() if v])
print(c.divide(0, 0), c.divide(5, 0), c.sqrt(-1), c.create_decimal('abc'))
print([s.__name__ for s, v in c.flags.items() if v])
print(repr(c))

# traps raise with C decimal's signal lists
def attempt(label, fn):
    try:
        print(label, fn())
    except DecimalException as e:
        print(label, type(e).__name__, e.args, isinstance(e, ArithmeticError))

attempt('syntax', lambda: Decimal('abc'))
attempt('divzero', lambda: Decimal(1) / 0)
attempt('undefined', lambda: Decimal(0) / 0)
attempt('sqrt', lambda: Decimal(-1).sqrt())
attempt('overflow', lambda: Decimal('9e999999') * 10)
attempt('nan<', lambda: Decimal(1) < Decimal('NaN'))
attempt('snan==', lambda: Decimal('sNaN') == 1)
attempt('impossible', lambda: Decimal(10) // Decimal('1e-30'))
attempt('mod0', lambda: Decimal(5) % 0)
attempt('0mod0', lambda: Decimal(0) % 0)
attempt('inf-inf', lambda: Decimal('Inf') - Decimal('Inf'))
attempt('quantize', lambda: Decimal(1).quantize(Decimal('1e-30')))
t = Context(traps=[Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped])
attempt('many', lambda: t.multiply(Decimal('9e999999'), 10))
attempt('inexact', lambda: t.divide(1, 3))
attempt('subnormal', lambda: t.multiply(Decimal('1e-999999'), Decimal('1e-20')))
attempt('create', lambda: t.create_decimal('1e9999999'))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__)

print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Underflow, Subnormal), issubclass(Overflow, Inexact), Overflow.__mro__)
print(ConversionSyntax.__mro__, DivisionUndefined.__mro__)

# localcontext and setcontext
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, lc is getcontext())
with localcontext(prec=3, rounding=ROUND_UP):
    print(Decimal(1) / 7, getcontext().rounding)
print(Decimal(1) / 7)
saved = getcontext()
setcontext(ExtendedContext)
print(getcontext().prec, getcontext() is ExtendedContext, Decimal(1) / 0, Decimal(0) / 0)
setcontext(saved)
print(getcontext() is saved, getcontext().prec)
new = Context(prec=4)
setcontext(new)
print(getcontext() is new, Decimal(2) / 3)
setcontext(DefaultContext)
print(Decimal(2) / 3)
try:
    setcontext(1)
except TypeError as e:
    print('TypeError', e)

# FloatOperation
c = getcontext()
c.clear_flags()
print(Decimal(0.5) == 0.5, c.flags[FloatOperation])
c.clear_flags()
print(Decimal(1) < 1.5, c.flags[FloatOperation])
c.traps[FloatOperation] = True
attempt('float<', lambda: Decimal(1) < 1.5)
attempt('floatctor', lambda: Decimal(1.5))
print(Decimal(1) == 1.5, Decimal.from_float(1.5))
c.traps[FloatOperation] = False

cc = c.copy()
cc.prec = 3
print(c.prec, cc.prec, cc.flags == c.flags)
print(Context().create_decimal('1.23456789123456789123456789123456789'))
print(Context(prec=3).create_decimal(12345), Context(prec=3).create_decimal_from_float(0.1))
print(Context(prec=2).power(2, 10), Context().to_sci_string(Decimal('1e-9')), Context().radix())
print(Context().compare(1, 2), Context().max(1, 2), Context().is_zero(0), Context().abs(-3))
