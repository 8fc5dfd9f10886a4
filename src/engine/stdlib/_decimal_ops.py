"""The rarely used operations of the decimal module (heapscope), loaded on first use.

decimal.py keeps construction, text, comparisons, the arithmetic operators and the
common methods; the spec's other named operations (compare_total, max/min, next_*,
logical_*, rotate, shift, fma, scaleb, ...) and the Context methods live here, so
`import decimal` compiles less. Decimal.__getattr__ / Context.__getattr__ load this
module, which installs these functions on both classes.
"""

import decimal as _d
from decimal import (Decimal, Context, _dec, _finish, _fix, _signal, _invalid, _nan_result,
                     _convert_strict, _cmp, _add, _divmod, _ndigits, _pow10, _digits_str,
                     _finish_any, _finish_int, _rescale, _cur,
                     _F, _INF, _QNAN, _SNAN, _R_FLOOR, _R_CEILING, _C_INVALID, _C_DIV_IMPOSSIBLE,
                     _C_DIV_UNDEFINED, _S_OVERFLOW, _S_INEXACT, _S_ROUNDED, _S_UNDERFLOW,
                     _S_SUBNORMAL, _S_CLAMPED, _S_DIVZERO, _S_INVALID, _SMALL, _NAN,
                     MAX_PREC, MAX_EMAX, MIN_EMIN, _rounding_code, _round_int, _mul, _div)


# ---------------------------------------------------------------- Decimal methods


def compare(self, other, context=None):
    ctx = _d._current if context is None else context
    other = _convert_strict(other, ctx)
    r = _nan_result(self, other, ctx)
    if r is not None:
        return r
    return _SMALL[_cmp(self, other)]


def compare_signal(self, other, context=None):
    ctx = _d._current if context is None else context
    other = _convert_strict(other, ctx)
    if self._special >= _QNAN or other._special >= _QNAN:
        _signal(ctx, _C_INVALID)
        r = _nan_result(self, other, ctx)
        return r
    return _SMALL[_cmp(self, other)]


def _total_key(self):
    # Order of compare_total: -NaN < -sNaN < -Inf < negatives < -0 ... +NaN largest.
    sp = self._special
    rank = {_F: 2, _INF: 3, _SNAN: 4, _QNAN: 5}[sp]
    return rank


def compare_total(self, other, context=None):
    other = _convert_strict(other, None)
    a, b = self, other
    if a._sign != b._sign:
        return _SMALL[-1] if a._sign else _SMALL[1]
    ra, rb = a._total_key(), b._total_key()
    if ra != rb:
        r = -1 if ra < rb else 1
    elif ra >= 4:
        r = (a._int > b._int) - (a._int < b._int)
    else:
        r = _cmp(a.copy_abs(), b.copy_abs())
        if r == 0 and ra == 2:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return _SMALL[-r if a._sign else r]


def compare_total_mag(self, other, context=None):
    other = _convert_strict(other, None)
    return self.copy_abs().compare_total(other.copy_abs())


def fma(self, other, third, context=None):
    ctx = _d._current if context is None else context
    other = _convert_strict(other, ctx)
    third = _convert_strict(third, ctx)
    if self._special or other._special:
        r = _nan_result(self, other, ctx)
        if r is None and third._special == _SNAN:
            r = _nan_result(third, None, ctx)
        if r is not None:
            return r
        if (not self._special and not self._int) or (not other._special and not other._int):
            return _invalid(ctx)
        product = _dec(self._sign ^ other._sign, 0, 0, _INF)
    else:
        product = _dec(self._sign ^ other._sign, self._int * other._int, self._exp + other._exp)
    big = ctx.copy()
    big._prec = MAX_PREC
    big._Emax = MAX_EMAX
    big._Emin = MIN_EMIN
    big._limits()
    big._traps = 0
    big._flags = 0
    big._clamp = 0
    exact = _add(product, third, big, 0)
    ctx._flags |= big._flags & _S_INVALID
    if big._flags & _S_INVALID:
        _signal(ctx, big._flags & _S_INVALID)
        return exact
    if exact._special:
        return exact
    sign = exact._sign
    if not exact._int and (product._sign != third._sign) and product._int | third._int:
        sign = 1 if ctx._round == _R_FLOOR else 0
    return _finish(sign, exact._int, exact._exp, ctx)


def to_integral_exact(self, rounding=None, context=None):
    ctx = _d._current if context is None else context
    mode = ctx._round if rounding is None else _rounding_code(rounding)
    if self._special or self._exp >= 0:
        return self.to_integral_value(rounding, ctx)
    q, inexact = _round_int(self._sign, self._int, -self._exp, mode)
    _signal(ctx, (_S_ROUNDED | _S_INEXACT) if inexact else _S_ROUNDED)
    return _dec(self._sign, q, 0)


def logb(self, context=None):
    ctx = _d._current if context is None else context
    if self._special:
        r = _nan_result(self, None, ctx)
        if r is not None:
            return r
        return _dec(0, 0, 0, _INF)
    if not self._int:
        _signal(ctx, _S_DIVZERO)
        return _dec(1, 0, 0, _INF)
    return _finish_int(self.adjusted(), ctx)


def canonical(self):
    return self


def is_canonical(self):
    return True


def is_normal(self, context=None):
    if self._special or not self._int:
        return False
    ctx = _d._current if context is None else context
    return self.adjusted() >= ctx._Emin


def is_subnormal(self, context=None):
    if self._special or not self._int:
        return False
    ctx = _d._current if context is None else context
    return self.adjusted() < ctx._Emin


def number_class(self, context=None):
    sp = self._special
    sign = '-' if self._sign else '+'
    if sp == _SNAN:
        return 'sNaN'
    if sp == _QNAN:
        return 'NaN'
    if sp == _INF:
        return sign + 'Infinity'
    if not self._int:
        return sign + 'Zero'
    if self.is_subnormal(context):
        return sign + 'Subnormal'
    return sign + 'Normal'


def radix(self):
    return Decimal(10)


def copy_sign(self, other, context=None):
    other = _convert_strict(other, context)
    return _dec(other._sign, self._int, self._exp, self._special)


def same_quantum(self, other, context=None):
    other = _convert_strict(other, context)
    if self._special or other._special:
        return (self._special >= _QNAN and other._special >= _QNAN) or (
            self._special == _INF and other._special == _INF)
    return self._exp == other._exp


def scaleb(self, other, context=None):
    ctx = _d._current if context is None else context
    other = _convert_strict(other, ctx)
    r = _nan_result(self, other, ctx)
    if r is not None:
        return r
    if other._special or other._exp != 0:
        return _invalid(ctx)
    n = -other._int if other._sign else other._int
    limit = 2 * (ctx._Emax + ctx._prec)
    if not -limit <= n <= limit:
        return _invalid(ctx)
    if self._special:
        return _dec(self._sign, 0, 0, _INF)
    return _finish(self._sign, self._int, self._exp + n, ctx)


def _minmax(self, other, ctx, want_max, mag):
    other = _convert_strict(other, ctx)
    sn = self._special >= _QNAN
    on = other._special >= _QNAN
    if sn or on:
        if self._special == _SNAN or other._special == _SNAN or (sn and on):
            return _nan_result(self, other, ctx)
        keep = other if sn else self
        return _finish_any(keep, ctx)
    a = self.copy_abs() if mag else self
    b = other.copy_abs() if mag else other
    c = _cmp(a, b)
    if c == 0 and mag:
        c = _cmp(self, other)
    if c == 0:
        # equal values: the spec orders them by sign, then exponent
        if self._sign != other._sign:
            c = -1 if self._sign else 1
        elif self._exp != other._exp:
            c = (self._exp > other._exp) - (self._exp < other._exp)
            if self._sign:
                c = -c
    pick = self if (c >= 0) == want_max else other
    if c == 0:
        pick = self
    return _finish_any(pick, ctx)


def _dec_max(self, other, context=None):
    return self._minmax(other, _d._current if context is None else context, True, False)


def _dec_min(self, other, context=None):
    return self._minmax(other, _d._current if context is None else context, False, False)


def max_mag(self, other, context=None):
    return self._minmax(other, _d._current if context is None else context, True, True)


def min_mag(self, other, context=None):
    return self._minmax(other, _d._current if context is None else context, False, True)


def remainder_near(self, other, context=None):
    ctx = _d._current if context is None else context
    other = _convert_strict(other, ctx)
    other_zero = not other._special and not other._int
    if self._special or other._special or other_zero:
        r = _nan_result(self, other, ctx)
        if r is not None:
            return r
        if self._special or other_zero:
            return _invalid(ctx, _C_DIV_UNDEFINED if not self._int and not other._special and not other._int else _C_INVALID)
        return _finish_any(self, ctx)
    # exact integer arithmetic on the aligned coefficients, rounded once at the end
    ca, cb, ea, eb = self._int, other._int, self._exp, other._exp
    e = min(ea, eb)
    if ca and (ea + _ndigits(ca)) - (eb + _ndigits(cb)) > ctx._prec:
        return _invalid(ctx, _C_DIV_IMPOSSIBLE)
    big_a = ca * _pow10(ea - e)
    big_b = cb * _pow10(eb - e)
    q, r = divmod(big_a, big_b)
    sign = self._sign
    # the remainder nearest zero: one divisor more when 2r > b (or == and q odd)
    if 2 * r > big_b or (2 * r == big_b and q & 1):
        r = big_b - r
        q += 1
        sign = 1 - sign
        if not r:
            sign = self._sign
    if q and _ndigits(q) > ctx._prec:
        return _invalid(ctx, _C_DIV_IMPOSSIBLE)
    return _finish(sign, r, e, ctx)


def next_plus(self, context=None):
    ctx = _d._current if context is None else context
    return _next(self, ctx, 0)


def next_minus(self, context=None):
    ctx = _d._current if context is None else context
    return _next(self, ctx, 1)


def next_toward(self, other, context=None):
    ctx = _d._current if context is None else context
    other = _convert_strict(other, ctx)
    r = _nan_result(self, other, ctx)
    if r is not None:
        return r
    c = _cmp(self, other)
    if c == 0:
        return self.copy_sign(other)
    ans = _next(self, ctx, 0 if c < 0 else 1)
    if ans._special == _INF:
        _signal(ctx, _S_OVERFLOW | _S_INEXACT | _S_ROUNDED)
    elif ans._int and ans.adjusted() < ctx._Emin:
        cond = _S_UNDERFLOW | _S_SUBNORMAL | _S_INEXACT | _S_ROUNDED
        if not ans._int:
            cond |= _S_CLAMPED
        _signal(ctx, cond)
    elif not ans._int:
        _signal(ctx, _S_UNDERFLOW | _S_SUBNORMAL | _S_INEXACT | _S_ROUNDED | _S_CLAMPED)
    return ans


def _logical_digits(self, ctx):
    if self._special or self._sign or self._exp != 0:
        return None
    s = _digits_str(self._int)
    if s.strip('01'):
        return None
    return s


def _logical(self, other, ctx, op):
    other = _convert_strict(other, ctx)
    a = self._logical_digits(ctx)
    b = other._logical_digits(ctx)
    if a is None or b is None:
        return _invalid(ctx)
    n = ctx._prec
    a = a.zfill(n)[-n:]
    b = b.zfill(n)[-n:]
    out = ''.join(op(x == '1', y == '1') and '1' or '0' for x, y in zip(a, b))
    return _dec(0, int(out), 0)


def logical_and(self, other, context=None):
    return self._logical(other, _d._current if context is None else context, lambda x, y: x and y)


def logical_or(self, other, context=None):
    return self._logical(other, _d._current if context is None else context, lambda x, y: x or y)


def logical_xor(self, other, context=None):
    return self._logical(other, _d._current if context is None else context, lambda x, y: x != y)


def logical_invert(self, context=None):
    ctx = _d._current if context is None else context
    return self._logical(_dec(0, 0, 0), ctx, lambda x, y: not x)


def _shift_digits(self, other, ctx, rotate):
    other = _convert_strict(other, ctx)
    r = _nan_result(self, other, ctx)
    if r is not None:
        return r
    prec = ctx._prec
    if other._special or other._exp != 0 or other._int > prec:
        return _invalid(ctx)
    if self._special:
        return _dec(self._sign, 0, 0, _INF)
    n = -other._int if other._sign else other._int
    s = _digits_str(self._int).zfill(prec)[-prec:]
    if rotate:
        n %= prec
        s = s[n:] + s[:n]
    elif n >= 0:
        s = (s + '0' * n)[-prec:] if n < prec else '0'
    else:
        s = s[:n] if -n < prec else '0'
    return _dec(self._sign, int(s or '0'), self._exp)


def rotate(self, other, context=None):
    return self._shift_digits(other, _d._current if context is None else context, True)


def shift(self, other, context=None):
    return self._shift_digits(other, _d._current if context is None else context, False)


def _next(d, ctx, down):
    """next_plus (down=0) or next_minus (down=1) of d."""
    r = _nan_result(d, None, ctx)
    if r is not None:
        return r
    prec = ctx._prec
    etiny = ctx._Emin - prec + 1
    top = _dec(0, _pow10(prec) - 1, ctx._Emax - prec + 1)
    if d._special:
        if d._sign == down:
            return _dec(d._sign, 0, 0, _INF)
        return _dec(d._sign, top._int, top._exp)
    # add or remove a tiny amount below the last digit, rounding toward the direction
    c2 = ctx.copy()
    c2._round = _R_FLOOR if down else _R_CEILING
    c2._traps = 0
    tiny_exp = min(etiny, d._exp if d._int else etiny, d.adjusted() - prec + 1) - 2
    return _add(d, _dec(down, 1, tiny_exp), c2, 0)


def _powmod(base, exp, mod, ctx):
    for v in (base, exp, mod):
        if v._special >= _QNAN:
            r = _nan_result(base, exp, ctx)
            if r is None:
                r = _nan_result(mod, None, ctx)
            return r
    if base._special or exp._special or mod._special:
        return _invalid(ctx)
    if base._exp < 0 or exp._exp < 0 or mod._exp < 0 or exp._sign or not mod._int:
        return _invalid(ctx)
    b = int(base)
    e = int(exp)
    m = int(mod)
    if _ndigits(abs(m)) > ctx._prec or (not b and not e):
        return _invalid(ctx)
    r = pow(b, e, abs(m))
    sign = 1 if (base._sign and e & 1 and r) else 0
    if base._sign and e & 1:
        sign = 1
    return _dec(sign, r, 0)




# ---------------------------------------------------------------- Context methods


def _ctx_abs(self, a):
    return _convert_strict(a, self)._abs(self)


def _ctx_add(self, a, b):
    return _add(_convert_strict(a, self), _convert_strict(b, self), self, 0)


def _ctx_subtract(self, a, b):
    return _add(_convert_strict(a, self), _convert_strict(b, self), self, 1)


def _ctx_multiply(self, a, b):
    return _mul(_convert_strict(a, self), _convert_strict(b, self), self)


def _ctx_divide(self, a, b):
    return _div(_convert_strict(a, self), _convert_strict(b, self), self)


def _ctx_divide_int(self, a, b):
    return _divmod(_convert_strict(a, self), _convert_strict(b, self), self, 1)[0]


def _ctx_remainder(self, a, b):
    return _divmod(_convert_strict(a, self), _convert_strict(b, self), self, 2)[1]


def _ctx_divmod(self, a, b):
    return _divmod(_convert_strict(a, self), _convert_strict(b, self), self, 3)


def _ctx_power(self, a, b, modulo=None):
    return _convert_strict(a, self).__pow__(b, modulo, self)


def _ctx_plus(self, a):
    return _convert_strict(a, self).__pos__(self)


def _ctx_minus(self, a):
    return _convert_strict(a, self).__neg__(self)


def _ctx_sqrt(self, a):
    return _convert_strict(a, self).sqrt(self)


def _ctx_exp(self, a):
    return _convert_strict(a, self).exp(self)


def _ctx_ln(self, a):
    return _convert_strict(a, self).ln(self)


def _ctx_log10(self, a):
    return _convert_strict(a, self).log10(self)


def _ctx_fma(self, a, b, c):
    return _convert_strict(a, self).fma(b, c, self)


def _ctx_to_sci_string(self, a):
    return _convert_strict(a, self)._sci(self._capitals)


def _ctx_to_eng_string(self, a):
    return _convert_strict(a, self).to_eng_string(self)


def _ctx_to_integral_value(self, a):
    return _convert_strict(a, self).to_integral_value(context=self)


_ctx_to_integral = _ctx_to_integral_value


def _ctx_to_integral_exact(self, a):
    return _convert_strict(a, self).to_integral_exact(context=self)


def _ctx_is_canonical(self, a):
    return _convert_strict(a, self).is_canonical()


def _ctx_canonical(self, a):
    return _convert_strict(a, self)


def _ctx_number_class(self, a):
    return _convert_strict(a, self).number_class(self)


def _ctx_copy_abs(self, a):
    return _convert_strict(a, self).copy_abs()


def _ctx_copy_negate(self, a):
    return _convert_strict(a, self).copy_negate()


def _ctx_copy_decimal(self, a):
    return _convert_strict(a, self)


def _ctx_copy_sign(self, a, b):
    return _convert_strict(a, self).copy_sign(b, self)


def _ctx_next_minus(self, a):
    return _convert_strict(a, self).next_minus(self)


def _ctx_next_plus(self, a):
    return _convert_strict(a, self).next_plus(self)


def _ctx_logb(self, a):
    return _convert_strict(a, self).logb(self)


def _ctx_normalize(self, a):
    return _convert_strict(a, self).normalize(self)


def _ctx_reduce(self, a):
    return _convert_strict(a, self).normalize(self)


_CTX_EXTRA = {}


def _ctx_method(name):
    def method(self, a, *args):
        return getattr(_convert_strict(a, self), name)(*args, context=self)
    method.__name__ = name
    return method


for _name in ('compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag',
              'quantize', 'remainder_near', 'next_toward', 'scaleb', 'rotate', 'shift',
              'logical_and', 'logical_or', 'logical_xor', 'logical_invert',
              'is_normal', 'is_subnormal'):
    _CTX_EXTRA[_name] = _ctx_method(_name)


def _ctx_plain(name):
    def method(self, a, *args):
        return getattr(_convert_strict(a, self), name)(*args)
    method.__name__ = name
    return method


for _name in ('compare_total', 'compare_total_mag', 'same_quantum', 'is_finite',
              'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero'):
    _CTX_EXTRA[_name] = _ctx_plain(_name)
del _name


def _install():
    g = globals()
    for name in ['compare', 'compare_signal', '_total_key', 'compare_total', 'compare_total_mag', 'fma', 'to_integral_exact', 'logb', 'canonical', 'is_canonical', 'is_normal', 'is_subnormal', 'number_class', 'radix', 'copy_sign', 'same_quantum', 'scaleb', '_minmax', 'max', 'min', 'max_mag', 'min_mag', 'remainder_near', 'next_plus', 'next_minus', 'next_toward', '_logical_digits', '_logical', 'logical_and', 'logical_or', 'logical_xor', 'logical_invert', '_shift_digits', 'rotate', 'shift']:
        fn = g.get('_dec_' + name, g.get(name))
        if name != "#" and fn is not None:
            setattr(Decimal, name, fn)
    for name in ['abs', 'add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod', 'power', 'plus', 'minus', 'sqrt', 'exp', 'ln', 'log10', 'fma', 'to_sci_string', 'to_eng_string', 'to_integral_value', 'to_integral', 'to_integral_exact', 'is_canonical', 'canonical', 'number_class', 'copy_abs', 'copy_negate', 'copy_decimal', 'copy_sign', 'next_minus', 'next_plus', 'logb', 'normalize', 'reduce']:
        setattr(Context, name, g["_ctx_" + name])
    for name, fn in _CTX_EXTRA.items():
        setattr(Context, name, fn)


_install()
