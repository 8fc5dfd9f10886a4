# format() and f-strings with the format mini-language.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_HALF_UP

values = ['1234567.891', '0.000012345', '-0', '2.5', '1.23E+5', '123456', '1.500', '-0.0001',
          'Infinity', '-Infinity', 'NaN', '1E+2', '0', '0E-5', '0E+2', '0.000', '-1234.5', '9.995']
specs = ['', '.2', 'e', '.3e', '.0e', 'E', 'f', '.2f', '.0f', 'F', 'g', '.3g', '.1g', 'G', '%', '.1%',
         '10', '<10', '^12', '*^20,.2f', ',', '+', ' ', '-', '010.3', '012,', '0=+12,.1f', 'z.1f',
         '+.2e', '>+15,.2f', 'n', '.3n', '=10.1f', '08.2%', ',.3f', 'x<8']
for spec in specs:
    row = []
    for v in values:
        row.append(format(Decimal(v), spec))
    print(repr(spec), row)

for bad in ['_', '#.0f', 'd', 'x', '.f', '10.2s', ',_']:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), 'ValueError', e)

x = Decimal('3.14159')
print(f'{x:.2f} {x:10.3} {x!r} {x!s:>10}', '{:.3%}'.format(Decimal('0.25')), '%s %r' % (x, x))
print('%.2f' % Decimal('2.675'), '%d' % Decimal('7.9') if False else '', str(Decimal('-1.5E-10')))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal('2.99'), '.1f'), format(Decimal('2.99'), '.1e'), format(Decimal('2.99'), '.1'))
with localcontext(rounding=ROUND_HALF_UP):
    print(format(Decimal('2.5'), '.0f'), format(Decimal('0.125'), '.2f'))
with localcontext(capitals=0):
    print(Decimal('1e20'), repr(Decimal('1e-20')), format(Decimal('1e20'), ''), format(Decimal('1e20'), 'G'))
