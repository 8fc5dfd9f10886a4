"""sqrt, exp, ln, log10 and power for the decimal module (heapscope).

sqrt is exact integer arithmetic (isqrt). exp, ln, log10 and non-integer powers are
computed in fixed point (an int M standing for M / 10**w) with guard digits; the
result is accepted when the value minus and plus the error bound round to the same
Decimal, else the guard digits are doubled (so the result is correctly rounded).
"""

import decimal as _d
from math import isqrt as _isqrt

_dec = _d._dec
_finish = _d._finish
_fix = _d._fix
_signal = _d._signal
_ndigits = _d._ndigits
_pow10 = _d._pow10
_INF = _d._INF
_QNAN = _d._QNAN
_HALF_EVEN = _d._R_HALF_EVEN

_LN10_CACHE = {}


def _half_even(ctx):
    c = ctx.copy()
    c._round = _HALF_EVEN
    return c


# C decimal's integer powers that underflow come out as zero whatever the rounding.
_ZERO_MODE = _d._R_DOWN


def _settle(sign, approx, err, exp, ctx, out_ctx, give_up=False, int_power=False):
    """Round approx*10**exp (|error| < err*10**exp) when its rounding is certain:
    the Decimal, or None to ask for more digits."""
    lo, _ = _fix(sign, approx - err, exp, ctx)
    hi, _ = _fix(sign, approx + err, exp, ctx)
    if not give_up and (lo._special != hi._special or lo._int != hi._int or lo._exp != hi._exp
                        or approx - err <= 0):
        return None
    res, cond = _fix(sign, approx * 10 + 1, exp - 1, ctx)
    if int_power and cond & _d._S_UNDERFLOW:
        res, cond = _fix(sign, approx * 10 + 1, exp - 1, ctx, _ZERO_MODE)
    cond |= _d._S_INEXACT | _d._S_ROUNDED
    if cond:
        _signal(out_ctx, cond)
    return res


# ---------------------------------------------------------------- fixed point

def _ln_unit(c, nd, g):
    """ln(c / 10**nd) * 10**g (c / 10**nd in [0.1, 1)), error below 10."""
    k = 4
    while k * k < g * 2:
        k += 1
    w = g + k // 3 + 6
    one = _pow10(w)
    if w >= nd:
        y = c * _pow10(w - nd)
    else:
        y = c // _pow10(nd - w)
    for _ in range(k):
        y = _isqrt(y * one)
    # ln(y) = 2 atanh(z), z = (y - 1) / (y + 1)
    negative = y < one
    z = abs(y - one) * one // (y + one)
    z2 = z * z // one
    total = z
    term = z
    i = 3
    while term:
        term = term * z2 // one
        total += term // i
        i += 2
    total = 2 * total << k
    if negative:
        total = -total
    return total // _pow10(w - g)


def _ln10(g):
    v = _LN10_CACHE.get(g)
    if v is None:
        v = -_ln_unit(1, 1, g)
        if g < 5000:
            _LN10_CACHE[g] = v
    return v


def _ln_fixed(c, e, w):
    """ln(c * 10**e) * 10**w, error below 20."""
    nd = _ndigits(c)
    n = e + nd
    g = w + len(str(abs(n))) + 4
    total = _ln_unit(c, nd, g) + n * _ln10(g)
    return total // _pow10(g - w)


def _exp_fixed(t, g):
    """e**(t / 10**g) as (M, E): M * 10**E with relative error below 10**(5-g)."""
    l10 = _ln10(g + 2) // 100
    n = t // l10
    r = t - n * l10  # 0 <= r < ln 10
    k = 4
    while k * k < g * 2:
        k += 1
    w = g + k // 3 + 6
    one = _pow10(w)
    y = (r * _pow10(w - g)) >> k
    total = one
    term = one
    i = 1
    while term:
        term = term * y // (i * one)
        total += term
        i += 1
    for _ in range(k):
        total = total * total // one
    return total, n - w


# ---------------------------------------------------------------- operations

def sqrt(x, ctx):
    if x._special or x._sign:
        r = _d._nan_result(x, None, ctx)
        if r is not None:
            return r
        if x._special and not x._sign:
            return _dec(0, 0, 0, _INF)
        if x._special or x._int:
            return _d._invalid(ctx)
    ideal = x._exp // 2
    if not x._int:
        return _finish(x._sign, 0, ideal, ctx)
    prec = ctx._prec
    c = x._int
    e = x._exp
    if e & 1:
        c *= 10
        e -= 1
    nd = _ndigits(c)
    k = max(0, prec + 1 - (nd + 1) // 2) + 1
    c *= _pow10(2 * k)
    e -= 2 * k
    root = _isqrt(c)
    exp = e // 2
    hctx = _half_even(ctx)
    if root * root == c:
        if exp < ideal:
            root, exp = _d._strip_zeros(root, exp, ideal)
        res, cond = _fix(0, root, exp, hctx)
    else:
        res, cond = _fix(0, root * 10 + 1, exp - 1, hctx)
        cond |= _d._S_INEXACT | _d._S_ROUNDED
    if cond:
        _signal(ctx, cond)
    return res


def exp(x, ctx):
    if x._special:
        r = _d._nan_result(x, None, ctx)
        if r is not None:
            return r
        return _dec(0, 0, 0) if x._sign else _dec(0, 0, 0, _INF)
    if not x._int:
        return _finish(0, 1, 0, ctx)
    hctx = _half_even(ctx)
    prec = ctx._prec
    adj = x.adjusted()
    if adj < -(prec + 2):
        # e**x is 1 + x + ...: strictly between 1 and 1 + x, far below the last digit
        one = _pow10(prec + 3)
        res, cond = _fix(0, one - 1 if x._sign else one + 1, -(prec + 3), hctx)
        _signal(ctx, cond | _d._S_INEXACT | _d._S_ROUNDED)
        return res
    # |x| beyond ln(10) * (the exponent range): e**x overflows or underflows for sure
    bound = (max(ctx._Emax, prec - ctx._Emin) + 3) * 231 // 100 + 1
    if _d._cmp(_dec(0, x._int, x._exp), _dec(0, bound, 0)) > 0:
        # far beyond the exponent range: overflow to infinity or underflow to zero
        if x._sign:
            res, cond = _fix(0, 1, ctx._Emin - prec - 10, hctx)
        else:
            res, cond = _fix(0, 1, ctx._Emax + 10, hctx)
        _signal(ctx, cond | _d._S_INEXACT | _d._S_ROUNDED)
        return res
    return _exp_of(x._sign, x._int, x._exp, ctx, hctx)


def _exp_of(sign, c, e, ctx, rctx):
    # e ** (+-c * 10**e), correctly rounded in rctx; signals go to ctx.
    prec = ctx._prec
    extra = 8
    while True:
        g = prec + extra + max(0, e + _ndigits(c))
        if e >= -g:
            t = c * _pow10(g + e)
        else:
            t = c // _pow10(-g - e)
        if sign:
            t = -t
        m, ex = _exp_fixed(t, g)
        # relative error below 10**(5-g) per digit of t, plus the truncation of t
        err = m // _pow10(g - 8 - len(str(abs(t) // _pow10(g)))) + 2
        res = _settle(0, m, err, ex, rctx, ctx, extra > 4 * prec + 200)
        if res is not None:
            return res
        extra *= 2


def _ln_checks(x, ctx):
    if x._special:
        r = _d._nan_result(x, None, ctx)
        if r is not None:
            return r
        if x._sign:
            return _d._invalid(ctx)
        return _dec(0, 0, 0, _INF)
    if not x._int:
        return _dec(1, 0, 0, _INF)
    if x._sign:
        return _d._invalid(ctx)
    return None


def ln(x, ctx):
    r = _ln_checks(x, ctx)
    if r is not None:
        return r
    if x._int == 1 and x._exp == 0:
        return _finish(0, 0, 0, ctx)
    hctx = _half_even(ctx)
    prec = ctx._prec
    extra = 8
    while True:
        w = prec + extra
        v = _ln_fixed(x._int, x._exp, w)
        res = _settle(1 if v < 0 else 0, abs(v), 25, -w, hctx, ctx, extra > 4 * prec + 400)
        if res is not None:
            return res
        extra *= 2


def log10(x, ctx):
    r = _ln_checks(x, ctx)
    if r is not None:
        return r
    c, e = _d._strip_zeros(x._int, x._exp, 10 ** 30)
    if c == 1:
        return _d._finish_int(e, ctx)
    hctx = _half_even(ctx)
    prec = ctx._prec
    extra = 8
    while True:
        w = prec + extra
        v = _ln_fixed(x._int, x._exp, w + 3) * _pow10(w) // _ln10(w + 3)
        res = _settle(1 if v < 0 else 0, abs(v), 25, -w, hctx, ctx, extra > 4 * prec + 400)
        if res is not None:
            return res
        extra *= 2


def _is_integer(y):
    if y._special:
        return False
    if y._exp >= 0 or not y._int:
        return True
    return y._int % _pow10(-y._exp) == 0


def _as_int(y):
    v = y._int * _pow10(y._exp) if y._exp >= 0 else y._int // _pow10(-y._exp)
    return -v if y._sign else v


def power(x, y, ctx):
    r = _d._nan_result(x, y, ctx)
    if r is not None:
        return r
    y_int = _is_integer(y)
    odd = y_int and _as_int(y) & 1 if not y._special else False
    if not x._special and not x._int:
        if not y._special and not y._int:
            return _d._invalid(ctx)
        sign = x._sign if odd else 0
        if y._sign:
            return _dec(sign, 0, 0, _INF)
        return _dec(sign, 0, 0)
    if x._sign and not y_int:
        return _d._invalid(ctx)
    sign = x._sign if odd else 0
    if x._special:  # +-Infinity
        if not y._special and not y._int:
            return _finish(0, 1, 0, ctx)
        if y._sign:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 0, _INF)
    if y._special:  # y is +-Infinity, x finite nonzero positive (negatives refused above)
        cmp_one = _d._cmp(_dec(0, x._int, x._exp), _dec(0, 1, 0))
        if cmp_one == 0:
            return _inexact_one(ctx)
        big = (cmp_one > 0) != bool(y._sign)
        return _dec(0, 0, 0, _INF) if big else _dec(0, 0, 0)
    if not y._int:
        return _finish(0, 1, 0, ctx)
    prec = ctx._prec
    if y_int:
        n = _as_int(y)
        c = x._int
        e = x._exp
        core, ce = _d._strip_zeros(c, e, 10 ** 30)
        if core == 1 and abs(n) * _ndigits(c) >= 4 * prec + 200:
            zeros = _ndigits(c) - 1
            if n < 0:
                return _finish(sign, 1, ce * n, ctx)
            if zeros * n < prec:
                return _finish(sign, _pow10(zeros * n), e * n, ctx)
            # c**n is 1 followed by more zeros than prec digits hold: exact but Rounded
            res, cond = _fix(sign, _pow10(prec), ce * n - prec, ctx)
            if cond:
                _signal(ctx, cond)
            return res
        if abs(n) * _ndigits(c) < 4 * prec + 200:
            if n > 0:
                return _finish(sign, c ** n, e * n, ctx)
            den = c ** -n
            return _d._div(_dec(sign, 1, 0), _dec(0, den, e * -n), ctx)
    return _pow_approx(sign, x, y, ctx)


def _inexact_one(ctx):
    res, cond = _fix(0, _pow10(ctx._prec + 2) + 1, -(ctx._prec + 2), ctx)
    _signal(ctx, cond | _d._S_INEXACT | _d._S_ROUNDED)
    return res


def _pow_approx(sign, x, y, ctx):
    int_power = _is_integer(y)
    prec = ctx._prec
    yadj = y.adjusted()
    extra = 8
    while True:
        g = prec + extra + max(0, yadj + 1) + len(str(abs(x.adjusted()))) + 4
        scale = g + max(0, yadj + 1) + 3
        lx = _ln_fixed(x._int, x._exp, scale)
        # t = y * ln(x) at scale 10**g
        t = lx * y._int
        shift = scale - g - y._exp
        if shift >= 0:
            t = t // _pow10(shift)
        else:
            t = t * _pow10(-shift)
        if y._sign:
            t = -t
        limit = (max(ctx._Emax, -ctx._Emin) + prec + 10) * 3 * _pow10(g)
        if t > limit:
            res, cond = _fix(sign, 1, ctx._Emax + 10, ctx)
            _signal(ctx, cond | _d._S_INEXACT | _d._S_ROUNDED)
            return res
        if t < -limit:
            res, cond = _fix(sign, 1, ctx._Emin - prec - 10, ctx, _ZERO_MODE if int_power else None)
            _signal(ctx, cond | _d._S_INEXACT | _d._S_ROUNDED)
            return res
        m, ex = _exp_fixed(t, g)
        err = m // _pow10(g - 8 - len(str(abs(t) // _pow10(g)))) + 2
        res = _settle(sign, m, err, ex, ctx, ctx, extra > 4 * prec + 200, int_power)
        if res is not None:
            return res
        extra *= 2
