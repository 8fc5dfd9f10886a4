# Decimal construction, text forms and conversions.
from decimal import Decimal, InvalidOperation, getcontext, DecimalTuple
import decimal

for text in ['0', '-0', '1.30', '-1.5e3', '1E+2', '.5', '5.', '  12_3.4e-2_0 ', '0.000001',
             '1e-7', '123e-9', '12.34e5', '-0E+3', '0.00', 'inf', '-Infinity', '+INFINITY',
             'nan', '-NaN', 'NaN0012', 'sNaN', '-sNaN12', '1' * 40, '1E+999999999',
             '١٢٣', '\t7\n']:
    d = Decimal(text)
    print(repr(text), repr(d), str(d), d.to_eng_string())

for bad in ['1e', '', ' ', '1 2', 'e5', '.', 'Infinit', 'nan1.2', 'NaN-1', 'x', '1.2.3', '--1']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)

for value in [0, 7, -12, 10 ** 30, True, 0.1, -0.0, 2.5, 1e300, float('inf'), float('-inf'),
              float('nan'), (0, (1, 2, 3), -2), (1, (), 'F'), (0, (1,), 'n'), (1, (4,), 'N'),
              [0, [5], 3], Decimal('3.14')]:
    print(repr(value), repr(Decimal(value)))

for bad in [[1], (0, (1, 10), 0), (2, (1,), 0), (0, (1,), 'x'), (0, (1,), 1.5), (0,), None, {}, 1j]:
    try:
        Decimal(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(Decimal.from_float(0.25), Decimal.from_float(3), repr(Decimal.from_float(-0.1)))
try:
    Decimal.from_float('1')
except TypeError as e:
    print('TypeError', e)

for text in ['123E+3', '0.0001234', '0E+4', '-1.2e-8', '0E-7', '1E+1', '12345E-10', '0E+1', '0E-2', '1.000E+7']:
    print(text, Decimal(text).to_eng_string())

for text in ['1', '-Inf', 'sNaN7', '1.250', '-0E-3', 'NaN']:
    t = Decimal(text).as_tuple()
    print(t, t.sign, t.digits, t.exponent, isinstance(t, tuple))
print(DecimalTuple(0, (1,), 2), Decimal(DecimalTuple(1, (2, 5), -1)))

for text in ['1.25', '100', '-0.75', '0', '1E+3', '3.333']:
    print(text, Decimal(text).as_integer_ratio())
for text in ['Inf', 'NaN']:
    try:
        Decimal(text).as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

for text in ['-3.7', '3.7', '1E+3', '0.001', '-0']:
    d = Decimal(text)
    print(text, int(d), float(d), round(d), d.__trunc__())
print(float(Decimal('NaN')), float(Decimal('-Inf')), complex(Decimal('1.5')))
try:
    float(Decimal('sNaN'))
except ValueError as e:
    print('ValueError', e)
for text in ['NaN', 'Inf', '-Inf']:
    try:
        int(Decimal(text))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

print(bool(Decimal(0)), bool(Decimal('0.00')), bool(Decimal('NaN')), bool(Decimal('1e-50')))
print(Decimal(1).real, Decimal(1).imag, Decimal(2).conjugate(), Decimal(5).radix())
print(Decimal('12.345').adjusted(), Decimal('0.001').adjusted(), Decimal(0).adjusted(), Decimal('Inf').adjusted())

class MyDecimal(Decimal):
    def double(self):
        return self * 2

m = MyDecimal('1.5')
print(type(m).__name__, m, repr(m), m.double(), type(m.double()).__name__, type(MyDecimal.from_float(0.5)).__name__)
print(isinstance(m, Decimal), Decimal.__module__, Decimal, decimal.Context, type(getcontext()))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY, decimal.HAVE_THREADS)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.__version__)
import copy
d = Decimal('2.50')
print(copy.copy(d) == d, copy.deepcopy(d), d.__reduce__())
