# Arithmetic with context precision and every rounding mode.
from decimal import *

D = Decimal
print(D('0.1') + D('0.2'), D('1.30') + D('1.20'), D('1e30') + 1, D('1e-30') + 1)
print(D(1) - D('1.00'), D('-0') + D('0'), D('-0') + D('-0'), D(3) * D('-0'), D('1e+50') - D('1e-50'))
print(D('12.5') * D('0.4'), D(2) * 3, 3 * D(2), 1 + D('0.5'), 10 - D('0.5'), D(7) - 2)
print(D(1) / 7, D(10) / D(4), D(1) / D(3) * 3, D('12') / D('0.5'), D(1) / D('100'), D('1.00') / D('2'))
print(D(100) / D(7), D('1e10') / D('1e-5'), D('0.00') / D(5), D(-0.0) / 1, D(6) / D(-3), 1 / D(8))
print(D(7) // 2, D(-7) // 2, D(-7) % 2, divmod(D(-7), 2), D('7.5') // D('0.2'), D('7.5') % D('0.2'))
print(D('1E+2') // 3, 7 // D(2), 7 % D(3), divmod(7, D(2)), D(-6) % 3, D('Inf') // 3, 5 // D('Inf'))
print(D(2) ** 10, D('2.0') ** 3, D(2) ** -2, D(10) ** 30, D('1.1') ** 100, 2 ** D(3), D(3).__pow__(4, 7))
print(D(-2) ** 3, D(-2) ** 2, D(0) ** 5, D('Inf') ** 2, D('Inf') ** -1, D(2) ** D('Inf'), D('0.5') ** D('Inf'))
print(D(4) ** D('0.5'), D(2) ** D('0.5'), D(10) ** D('-2'), D('1.5') ** D('2.5'), D(8) ** (D(1) / 3))
print(-D('0'), +D('1.23456789012345678901234567890'), abs(D('-1.5')), -D('NaN5'), -D('Inf'), abs(D('-Inf')))
print(D('NaN') + 1, D('sNaN').is_snan(), D(1) + D('NaN7'), D('Inf') + 1, D('-Inf') * -2, D(5) / D('Inf'))

# the context precision decides the digits
for prec in (1, 3, 9, 28, 50):
    with localcontext(prec=prec):
        print(prec, D(2) / 3, D(1) / 7 * 7, D('123456789') * D('987654321'), D(10) ** 20 + 1, +D('9.99999'))

# every rounding mode on halves and on ties
values = ['1.25', '1.35', '-1.25', '-1.35', '1.251', '-1.249', '1.20', '0.05', '-0.05', '9.95', '1.05', '1.15']
for mode in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
             ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    with localcontext(prec=2, rounding=mode):
        print(mode.ljust(16), ' '.join(str(+D(v)) for v in values),
              D(1) / 3, D(-2) / 3, D(1) - D('1e-10'), D(0) - D(0), D(1) - D(1))

# huge exponents and precisions
print(D('1e999999') + D(1), D('1e-999999') + D(1), D(1) + D('-1e-60'), D('1e40') - D('1e-40'))
with localcontext(prec=60):
    print(D('1e40') - D('1e-40'), D(1) / 7)
with localcontext(Emax=5, Emin=-5, traps=[]):
    print(D(999999) * 10, D('1e-5') / 100, D('1.23e-6'), +D('1.23e-7'), D(10) ** 6)
    for mode in (ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING):
        getcontext().rounding = mode
        print(mode, D(999999) * 10, D(-999999) * 10, D('1e-9') * D('1e-3'))

# mixed int operands and huge ints
n = D(10) ** 20
print(n, n + 1, n * n, D(2 ** 100), D(2 ** 100) + 0, D(10 ** 25) // 7)
big = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
x = big.multiply(D(3 ** 200), D(7 ** 100))
print(x == 3 ** 200 * 7 ** 100, big.add(x, 1) - x, big.divide(x, 3 ** 200) == 7 ** 100)

for op in ['+', '-', '*', '/', '//', '%', '**']:
    for other in [1.5, 'a', [1], None]:
        try:
            eval('D(1) %s other' % op)
        except TypeError as e:
            print(op, 'TypeError', e)
    try:
        eval('1.5 %s D(1)' % op)
    except TypeError as e:
        print(op, 'TypeError', e)
try:
    divmod(D(1), 1.5)
except TypeError as e:
    print('TypeError', e)

import math
for text in ['-2.5', '2.5', '-0.5', '7', '1E+2', '-3.999']:
    d = D(text)
    print(text, math.floor(d), math.ceil(d), math.trunc(d), round(d), round(d, 1), round(d, -1))
print(round(D('2.567'), 2), round(D('1234'), -2), round(D('2.675'), 2), round(D('-0.5')), round(D('1.5')))
for text in ['NaN', 'Inf']:
    for f in [math.floor, math.ceil, round, int]:
        try:
            f(D(text))
        except (ValueError, OverflowError) as e:
            print(text, f.__name__, type(e).__name__, e)
print(round(D('Inf'), 2), round(D('NaN'), 1))
try:
    round(D('1.5'), 1.5)
except TypeError as e:
    print('TypeError', e)
