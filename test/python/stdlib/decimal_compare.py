# Comparisons with ints, floats and Fractions; hashes equal to those of equal numbers.
from decimal import Decimal, getcontext, FloatOperation, InvalidOperation, localcontext
from fractions import Fraction
import numbers

D = Decimal
print(D('1.0') == D(1), D(1) == 1, D('NaN') == D('NaN'), D('NaN') != 1, D(0) == False, D(1) == True)
print(D(2) > 1, D(2) < 3, D('2.5') >= 2.5, D('0.1') == 0.1, D('0.5') == 0.5, D(1) != 'a', D(1) == None)
print(D('-Inf') < -10 ** 100, D('Inf') > 10 ** 100, D('Inf') == float('inf'), D('-0') == 0, D('1e100') > 1e99)
print(sorted([D(3), 1, D('2.5'), 0.5, Fraction(7, 4), D('-Inf')]), max(D(1), D('1.0')), min(D(2), 3))
print(D(1) == Fraction(1), D('0.5') < Fraction(2, 3), D('0.75') == Fraction(3, 4), D('Inf') > Fraction(10 ** 9),
      Fraction(1, 3) < D('0.34'), Fraction(3, 4) == D('0.75'), D('0.3') != Fraction(1, 3))
try:
    D('NaN') < Fraction(1)
except InvalidOperation as e:
    print('InvalidOperation', e.args)
try:
    D(1) < 'a'
except TypeError:
    print('TypeError')
for op in ['<', '<=', '>', '>=']:
    try:
        print(op, eval("D('NaN') %s 1" % op))
    except InvalidOperation as e:
        print(op, 'InvalidOperation', e.args)
with localcontext(traps=[]) as c:
    print(D('NaN') < 1, D('NaN') >= 1, D(1) > D('sNaN'), sorted(s.__name__ for s, v in c.flags.items() if v))

values = ['1', '1.0', '-1', '0', '-0', '0.5', '2.5', '1e3', '1E+3', '1000', '0.1', '-1.25', '1e100',
          '123456789012345678901234567890', '1e-30', 'Inf', '-Inf', '3.00', '1e-2']
for v in values:
    d = D(v)
    print(v, hash(d))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('1e3')) == hash(1000),
      hash(D('-1')) == hash(-1), hash(D('0.25')) == hash(Fraction(1, 4)), hash(D('0.1')) == hash(Fraction(1, 10)),
      hash(D('1e100')) == hash(10 ** 100), hash(D('Inf')) == hash(float('inf')), hash(D(2 ** 61 - 1)) == hash(2 ** 61 - 1))
n = D('NaN')
print(hash(n) == hash(n), len({D(1), D('1.0'), D('1.00')}), {D('0.5'): 'half'}[D('0.50')])
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), isinstance(D(1), numbers.Rational),
      issubclass(Decimal, numbers.Number))
