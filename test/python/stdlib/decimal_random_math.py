# Differential check against CPython: sqrt, exp, ln, log10, power, text and format
# on random operands, precisions and rounding modes (results and flags).
import random
from decimal import *
random.seed(777)
modes = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
def rnd(maxd=12, maxe=8):
    k = random.randint(0, 15)
    if k == 0: return random.choice(['0', '-0', 'Inf', '-Inf', 'NaN', '1', '10', '0.1', '-1'])
    digits = ''.join(random.choice('0123456789') for _ in range(random.randint(1, maxd)))
    e = random.randint(-maxe, maxe)
    s = random.choice(['', '', '', '-'])
    return '%s%sE%d' % (s, digits, e)
for i in range(100):
    prec = random.choice([1, 3, 9, 16, 28, 35])
    mode = random.choice(modes)
    c = Context(prec=prec, rounding=mode, traps=[])
    a = Decimal(rnd()); b = Decimal(rnd(4, 2))
    res = []
    for name in ['sqrt', 'exp', 'ln', 'log10']:
        res.append(str(getattr(c, name)(a)))
    res.append(str(c.power(a, b)))
    res.append(str(c.power(a, random.randint(-5, 12))))
    res.append(c.to_sci_string(a)); res.append(c.to_eng_string(a))
    for spec in ['', '.3', '.2e', '.3f', 'g', '.4g', '%', ',.2f', '+015.3f']:
        res.append(format(a, spec))
    flags = ''.join(s.__name__[:3] for s, v in c.flags.items() if v)
    print(i, prec, mode, a, b, ' | '.join(res), flags)
