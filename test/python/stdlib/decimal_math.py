# sqrt, exp, ln, log10, power, quantize and the other named operations.
from decimal import *

D = Decimal
for text in ['2', '16', '0.01', '-0', '100', '1E+3', '4E+2', '0', '1e-20', '123456789', '0.5', 'Inf']:
    print('sqrt', text, D(text).sqrt())
for text in ['1', '0', '-1', '2.5', '10', '-10', '100', '1e-30', '0.5', '-Inf', 'Inf', '700', '-700']:
    print('exp', text, D(text).exp())
for text in ['10', '2', '1', '0.5', '1e-10', '123.456', 'Inf', '1.000001', '0', '1e100']:
    print('ln', text, D(text).ln(), 'log10', D(text).log10())
for text in ['100', '0.001', '1e50', '2', '1000.1', '3']:
    print('log10', text, D(text).log10())
for prec in (5, 12, 40):
    with localcontext(prec=prec):
        print(prec, D(2).sqrt(), D(1).exp(), D(2).ln(), D(7).log10(), D(2) ** D('0.5'), D(3) ** D('1.5'))
with localcontext(traps=[]) as c:
    print(D(-1).sqrt(), D(-1).ln(), D(0).log10(), D('NaN').exp(), D('sNaN').sqrt())
    print(sorted(s.__name__ for s, v in c.flags.items() if v))
    print(D(0) ** 0, D(0) ** -1, D(-8) ** D('0.5'), D('1e999999') ** 2, D('1e-999999') ** 2)

print(D('1.2345').quantize(D('0.01')), D('1.2355').quantize(D('1e-3'), rounding=ROUND_DOWN),
      D('123').quantize(D('1e1')), D('1e-30').quantize(D('1e-40')), D('-0.5').quantize(D(1)),
      D('2.5').quantize(D('1'), ROUND_HALF_UP), D('Inf').quantize(D('Inf')))
for mode in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    print(mode, [str(D(v).quantize(D('0.1'), rounding=mode)) for v in ['1.25', '-1.25', '1.35', '1.01', '-1.09', '0.05']],
          [str(D(v).to_integral_value(mode)) for v in ['2.5', '-2.5', '3.5', '0.1', '-0.9']])
print(D('2.5').to_integral_value(), D('-2.5').to_integral_value(ROUND_HALF_UP), D('1e3').to_integral_value(),
      D('7.9').to_integral(), D('7.1').to_integral_exact())
print(D('12.300').normalize(), D('0.000').normalize(), D('1200').normalize(), D('-1E+2').normalize(), D('Inf').normalize())
print(D(-1).copy_sign(1), D(1).copy_sign(D('-0')), D(1).max(D(2)), D(1).min(D('NaN')), D(1).compare(2),
      D(2).compare(D('2.0')), D('NaN').compare(1), D(2).fma(3, 4), D('1.23').scaleb(3), D('1.23').scaleb(-5))
print(D(1).max(D('1.0')), D('1.0').max(D(1)), D(-1).max_mag(D(0.5)), D(-2).min_mag(D(1)), D(0).max(D('-0')))
print(D(5).remainder_near(3), D(10).remainder_near(6), D(10).remainder_near(4), D(-10).remainder_near(3))
print(D(10).logb(), D('0.00123').logb(), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(0), D(1).next_toward(2))
print(D(7).number_class(), D('-0').number_class(), D('Inf').number_class(), D('NaN').number_class(),
      D('sNaN').number_class(), D('1e-999999').number_class(), D('-1e-1000000').number_class())
print(D(1).same_quantum(D('1.0')), D('2.30').same_quantum(D('1.01')), D('NaN').same_quantum(D('NaN')))
print(D(1).compare_total(D('1.0')), D('-1').compare_total(D(1)), D('NaN').compare_total(D(1)), D(3).compare_total_mag(D(-4)))
print([D(t).is_finite() for t in ['1', 'Inf', 'NaN']], [D(t).is_nan() for t in ['NaN', 'sNaN', '1']],
      D('sNaN').is_snan(), D('NaN').is_qnan(), D('-0').is_signed(), D('0').is_zero(),
      D('1e-999999').is_normal(), D('1e-1000000').is_subnormal(), D('Inf').is_infinite(), D('1.0').is_canonical())
print(D(1).copy_negate(), D(-3).copy_abs(), D('1.5').canonical(), D(-3).__abs__())
print(D('1101').logical_and(D('1011')), D('1101').logical_or(D('10')), D('1101').logical_xor(D('1011')))
print(D(12345).rotate(2), D(12345).shift(-2), D(12345).shift(3))
with localcontext(prec=9):
    print(D(12345).rotate(2), D(12345).shift(-2), D(12345).shift(3), D('101').logical_invert())
c = Context(prec=6)
print(c.sqrt(2), c.exp(1), c.ln(10), c.log10(5), c.power(D('1.5'), 3), c.quantize(D('1.23456'), D('0.01')))
print(c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.subtract(1, D('0.1')), c.plus(D('1.2345678')), c.minus(5))
print(c.fma(2, 3, 4), c.scaleb(1, 3), c.next_plus(1), c.normalize(D('1.00')), c.to_eng_string(D('1e5')), c.number_class(3))
