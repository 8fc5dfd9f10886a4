"""format(Decimal, spec) for the decimal module (heapscope): the format mini-language
as C decimal implements it: [[fill]align][sign][z][0][width][,][.precision][type] with
types e E f F g G n % or none; rounding uses the current context's rounding mode. '#'
and '_' are refused ("invalid format string"), like CPython 3.11's C decimal.
"""

import decimal as _d


def _bad():
    raise ValueError('invalid format string')


def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == 'z':
        no_neg_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            _bad()
        precision = int(spec[start:i])
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            _bad()
    if i != n:
        _bad()
    if zero:
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    return fill or ' ', align, sign, no_neg_zero, width, comma, precision, kind, zero


def _round_sig(sign, coef, exp, places, mode):
    # coef rounded to `places` significant digits (when it has more).
    nd = _d._ndigits(coef)
    if coef and nd > places:
        q, _ = _d._round_int(sign, coef, nd - places, mode)
        exp += nd - places
        if _d._ndigits(q) > places:
            q //= 10
            exp += 1
        coef = q
    return coef, exp


def format_decimal(x, spec, ctx):
    if not isinstance(spec, str):
        raise TypeError('format spec must be a string')
    fill, align, sign_opt, no_neg_zero, width, comma, precision, kind, zero = _parse_spec(spec)
    mode = ctx._round
    negative = x._sign == 1
    if x._special:
        body = x._sci(1)
        if negative:
            body = body[1:]
        if kind == '%':
            body += '%'
        if zero and fill == '0' and align == '=':
            # the 0 flag does not apply to infinities and NaNs
            fill = ' '
            align = '>'
        return _pad(negative, sign_opt, '', body, fill, align or '>', width, False, False)
    coef = x._int
    exp = x._exp
    if kind == '%':
        exp += 2
    if kind is None or kind in 'gGn':
        if precision is not None:
            coef, exp = _round_sig(x._sign, coef, exp, max(precision, 1), mode)
        if kind is None:
            mark = 'E' if ctx._capitals else 'e'
        else:
            mark = 'E' if kind == 'G' else 'e'
        digits = _d._digits_str(coef)
        adj = exp + len(digits) - 1
        if exp <= 0 and adj >= -6:
            intpart, frac, expo = _plain(digits, exp)
        else:
            intpart, frac, expo = _sci(digits, exp, mark)
    elif kind in 'eE':
        if precision is not None:
            if coef:
                nd = _d._ndigits(coef)
                if nd > precision + 1:
                    coef, exp = _round_sig(x._sign, coef, exp, precision + 1, mode)
                elif nd < precision + 1:
                    coef *= _d._pow10(precision + 1 - nd)
                    exp -= precision + 1 - nd
                digits = _d._digits_str(coef)
            else:
                digits = '0' * (precision + 1)
        else:
            digits = _d._digits_str(coef)
        intpart, frac, expo = _sci(digits, exp, kind)
    else:  # f F %
        if precision is not None:
            if exp < -precision:
                coef, _ = _d._round_int(x._sign, coef, -precision - exp, mode)
            elif coef:
                coef *= _d._pow10(exp + precision)
            exp = -precision
        digits = _d._digits_str(coef)
        if exp >= 0:
            intpart, frac, expo = (digits + '0' * exp) if coef else '0', '', ''
        else:
            intpart, frac, expo = _plain(digits, exp)
        if kind == '%':
            expo = '%'
    if no_neg_zero and negative and not coef:
        negative = False
    return _pad(negative, sign_opt, intpart, (('.' + frac) if frac else '') + expo,
                fill, align or '>', width, comma, zero)


def _plain(digits, exp):
    if exp >= 0:
        return digits + '0' * exp, '', ''
    point = len(digits) + exp
    if point > 0:
        return digits[:point], digits[point:], ''
    return '0', '0' * -point + digits, ''


def _sci(digits, exp, mark):
    adj = exp + len(digits) - 1
    return digits[0], digits[1:], '%s%s%d' % (mark, '+' if adj >= 0 else '-', abs(adj))


def _group(intpart):
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return ','.join(reversed(out))


def _pad(negative, sign_opt, intpart, rest, fill, align, width, comma, zero):
    if negative:
        sign = '-'
    elif sign_opt == '+':
        sign = '+'
    elif sign_opt == ' ':
        sign = ' '
    else:
        sign = ''
    if zero and align == '=' and fill == '0' and intpart and intpart.isdigit():
        # zero padding goes into the digits (and is grouped with them)
        while True:
            body = _group(intpart) if comma else intpart
            if len(sign) + len(body) + len(rest) >= width:
                break
            intpart = '0' + intpart
        return sign + body + rest
    body = (_group(intpart) if comma and intpart.isdigit() else intpart) + rest
    gap = width - len(sign) - len(body)
    if gap <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * gap
    if align == '^':
        left = gap // 2
        return fill * left + sign + body + fill * (gap - left)
    if align == '=':
        return sign + fill * gap + body
    return fill * gap + sign + body
