# Differential check against CPython: the context operations on random operands,
# precisions, rounding modes, exponent limits and clamp (results and flags).
import random
from decimal import *
random.seed(12345)
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
def rnd():
    k = random.randint(0, 12)
    if k == 0: return random.choice(['0', '-0', 'Inf', '-Inf', 'NaN', '0E-5', '1E+5'])
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, 25)))
    e = random.randint(-30, 30)
    s = random.choice(['', '-'])
    return '%s%sE%d' % (s, digits, e)
out = []
for i in range(800):
    prec = random.choice([1, 2, 3, 5, 9, 16, 28, 40])
    mode = random.choice(modes)
    emax = random.choice([999999, 50, 20])
    c = Context(prec=prec, rounding=mode, Emax=emax, Emin=-emax, traps=[], clamp=random.choice([0, 0, 1]))
    a = Decimal(rnd()); b = Decimal(rnd())
    res = []
    for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'compare', 'max', 'min', 'quantize', 'remainder_near', 'fma']:
        try:
            if name == 'fma':
                r = c.fma(a, b, Decimal(rnd()))
            else:
                r = getattr(c, name)(a, b)
        except Exception as e:
            r = type(e).__name__
        res.append(str(r))
    for name in ['sqrt', 'plus', 'minus', 'abs', 'normalize', 'to_integral_value', 'next_plus', 'next_minus', 'logb', 'to_eng_string', 'number_class']:
        try:
            r = getattr(c, name)(a)
        except Exception as e:
            r = type(e).__name__
        res.append(str(r))
    flags = ''.join(s.__name__[:3] for s, v in c.flags.items() if v)
    print(i, prec, mode, emax, c.clamp, a, b, ' '.join(res), flags)
