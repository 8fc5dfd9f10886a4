"""Decimal fixed and floating point arithmetic (heapscope).

Our own implementation of the General Decimal Arithmetic Specification as Python 3.11's
decimal module exposes it, matching the observable behaviour of CPython's C decimal
(messages, signal lists, reprs). A finite Decimal is sign, coefficient (a Python int, so
any size) and exponent; arithmetic computes the exact result with ints and rounds it once
(_fix). exp, ln, log10 and non-integer powers are computed in fixed point with growing
guard digits until the rounding is certain (correctly rounded, round-half-even).
Deviations: no thread-local contexts (one current context per run); the logical and
rotate/shift operations follow the spec but get little testing; non-integer powers
whose exact result is representable may differ from C in the last digit for directed
rounding modes.
"""

import _decnum

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
    'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
    'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_ndigits = _decnum.digits
_digits_str = _decnum.to_str
_digits_int = _decnum.from_str
_make = _decnum.make

_P10 = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000]


def _pow10(n):
    if n < 9:
        return _P10[n]
    return 10 ** n


# Rounding modes as small ints inside (the names are what users see).
_R_DOWN, _R_HALF_UP, _R_HALF_EVEN, _R_CEILING, _R_FLOOR, _R_UP, _R_HALF_DOWN, _R_05UP = range(8)
_ROUNDING_NAMES = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                   ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)
_ROUNDING_CODES = {name: code for code, name in enumerate(_ROUNDING_NAMES)}


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# A condition is one bit; the five InvalidOperation conditions share one signal.
_C_INVALID = 1
_C_SYNTAX = 2
_C_DIV_IMPOSSIBLE = 4
_C_DIV_UNDEFINED = 8
_C_INVALID_CONTEXT = 16
_S_FLOAT = 32
_S_DIVZERO = 64
_S_OVERFLOW = 128
_S_UNDERFLOW = 256
_S_SUBNORMAL = 512
_S_INEXACT = 1024
_S_ROUNDED = 2048
_S_CLAMPED = 4096
_S_INVALID = 31

# Signals in the order C decimal lists them (flags/traps dicts, error lists).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = (_S_INVALID, _S_FLOAT, _S_DIVZERO, _S_OVERFLOW, _S_UNDERFLOW,
                _S_SUBNORMAL, _S_INEXACT, _S_ROUNDED, _S_CLAMPED)
_CONDITIONS = ((_C_INVALID, InvalidOperation), (_C_SYNTAX, ConversionSyntax),
               (_C_DIV_IMPOSSIBLE, DivisionImpossible), (_C_DIV_UNDEFINED, DivisionUndefined),
               (_C_INVALID_CONTEXT, InvalidContext), (_S_FLOAT, FloatOperation),
               (_S_DIVZERO, DivisionByZero), (_S_OVERFLOW, Overflow),
               (_S_UNDERFLOW, Underflow), (_S_SUBNORMAL, Subnormal), (_S_INEXACT, Inexact),
               (_S_ROUNDED, Rounded), (_S_CLAMPED, Clamped))


_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)


def _signal_bits(sig):
    for s, bits in zip(_SIGNALS, _SIGNAL_BITS):
        if s is sig:
            return bits
    raise KeyError('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')


def _raise_trapped(hit):
    # The first trapped signal in C's order is raised, with the list of every trapped
    # condition the operation met.
    for s, bits in zip(_SIGNALS, _SIGNAL_BITS):
        if hit & bits:
            raise s([cls for bit, cls in _CONDITIONS if hit & bit])


def _signal(ctx, cond):
    ctx._flags |= cond
    hit = cond & ctx._traps
    if hit:
        _raise_trapped(hit)


class _SignalDict:
    """flags/traps of a Context: a mapping signal -> bool over the context's bit set."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def __getitem__(self, sig):
        return bool(getattr(self._ctx, self._attr) & _signal_bits(sig))

    def __setitem__(self, sig, value):
        bits = _signal_bits(sig)
        cur = getattr(self._ctx, self._attr)
        setattr(self._ctx, self._attr, (cur | bits) if value else (cur & ~bits))

    def __delitem__(self, sig):
        raise ValueError('signal keys cannot be deleted')

    def __contains__(self, sig):
        return sig in _SIGNALS

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, sig, default=None):
        try:
            return self[sig]
        except KeyError:
            return default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def clear(self):
        setattr(self._ctx, self._attr, 0)

    def update(self, other):
        for k, v in dict(other).items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            other = other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (s, self[s]) for s in _SIGNALS) + '}'


def _signal_list(value, what):
    # flags=/traps= given as a list of signals or a dict signal -> bool.
    bits = 0
    if isinstance(value, (dict, _SignalDict)):
        if len(value) != len(_SIGNALS) and isinstance(value, dict):
            for k in value:
                _signal_bits(k)
            raise KeyError('invalid signal dict')
        for k, v in value.items():
            if v:
                bits |= _signal_bits(k)
        return bits
    for sig in value:
        bits |= _signal_bits(sig)
    return bits


def _int_attr(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


# ---------------------------------------------------------------- context

class Context(object):
    """The environment of arithmetic: precision, rounding, exponent limits, signals."""
    __heapscope_tp_name__ = "decimal.Context"

    __slots__ = ('_prec', '_round', '_Emin', '_Emax', '_capitals', '_clamp', '_flags',
                 '_traps', '_climit', '_etop', '_saved')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if isinstance(DefaultContext, Context) else None
        self._prec = 28
        self._round = _R_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _S_INVALID | _S_DIVZERO | _S_OVERFLOW
        self._saved = None
        if base is not None:
            self._prec = base._prec
            self._round = base._round
            self._Emin = base._Emin
            self._Emax = base._Emax
            self._capitals = base._capitals
            self._clamp = base._clamp
            self._traps = base._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _signal_list(flags, 'flags')
        if traps is not None:
            self._traps = _signal_list(traps, 'traps')
        self._limits()

    def _limits(self):
        # What the fast path of _finish checks: a coefficient below _climit has at
        # most prec digits; an exponent in [Emin, _etop] needs no rounding or clamping.
        self._climit = _pow10(self._prec) if self._prec <= 5000 else _pow10(5000)
        self._etop = self._Emax - self._prec + 1

    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        value = _int_attr(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value
        self._limits()

    @property
    def rounding(self):
        return _ROUNDING_NAMES[self._round]

    @rounding.setter
    def rounding(self, value):
        code = _ROUNDING_CODES.get(value) if isinstance(value, str) else None
        if code is None:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._round = code

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        value = _int_attr(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        value = _int_attr(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value
        self._limits()

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        value = _int_attr(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        value = _int_attr(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    @property
    def flags(self):
        return _SignalDict(self, '_flags')

    @flags.setter
    def flags(self, value):
        self._flags = _signal_list(value, 'flags')

    @property
    def traps(self):
        return _SignalDict(self, '_traps')

    @traps.setter
    def traps(self, value):
        self._traps = _signal_list(value, 'traps')

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def copy(self):
        c = object.__new__(Context)
        c._prec = self._prec
        c._round = self._round
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        c._saved = None
        c._limits()
        return c

    __copy__ = copy

    def __reduce__(self):
        return (Context, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                          self.clamp, self._names(self._flags), self._names(self._traps)))

    @staticmethod
    def _names(bits):
        # C decimal's repr lists signals in libmpdec's bit order, not _SIGNALS order.
        return [s for s in _REPR_ORDER if bits & _signal_bits(s)]

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (
                    self._prec, self.rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp, ', '.join(s.__name__ for s in self._names(self._flags)),
                    ', '.join(s.__name__ for s in self._names(self._traps))))

    def __getattr__(self, name):
        if name in _OPS_CONTEXT:
            _ops()
            if name in Context.__dict__:
                return getattr(self, name)
        raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)

    def create_decimal(self, num='0'):
        d = num if isinstance(num, Decimal) else Decimal._from_value(num, self)
        if d._special:
            if d._special >= _QNAN and d._int and _ndigits(d._int) > self._prec - self._clamp:
                _signal(self, _C_SYNTAX)
                return _NAN
            return _dec(d._sign, d._int, d._exp, d._special)
        return _finish(d._sign, d._int, d._exp, self)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))


DefaultContext = None
DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

_current = DefaultContext.copy()


def getcontext():
    """The current context (a copy of DefaultContext until setcontext)."""
    return _current


def setcontext(context):
    """Make context the current context (the predefined ones are copied first)."""
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    _current = context


class _LocalContext(object):
    __slots__ = ('_new', '_old')

    def __init__(self, ctx):
        self._new = ctx
        self._old = None

    def __enter__(self):
        self._old = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._old)


def localcontext(ctx=None, **kwargs):
    """A context manager: the block runs with a copy of ctx (or of the current context)."""
    base = getcontext() if ctx is None else ctx
    if not isinstance(base, Context):
        raise TypeError('argument must be a context')
    new = base.copy()
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _LocalContext(new)


# ---------------------------------------------------------------- numbers

_F, _INF, _QNAN, _SNAN = 0, 1, 2, 3


def _dec(sign, coef, exp, special=0):
    return _make(Decimal, sign, coef, exp, special)


def _round_int(sign, coef, shift, mode):
    """coef / 10**shift rounded to an int by mode: (quotient, inexact)."""
    if shift > 20 and coef.bit_length() < (shift - 1) * 3:
        # coef < 10**(shift-1): the quotient is 0 and the rest below half a unit
        # (no need to build 10**shift, which may be astronomically large)
        if not coef:
            return 0, False
        if mode == _R_UP or mode == _R_05UP or (mode == _R_CEILING and not sign) or (
                mode == _R_FLOOR and sign):
            return 1, True
        return 0, True
    p = _pow10(shift)
    q, r = divmod(coef, p)
    if not r:
        return q, False
    if mode == _R_HALF_EVEN:
        h = p >> 1
        if r > h or (r == h and q & 1):
            q += 1
    elif mode == _R_DOWN:
        pass
    elif mode == _R_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif mode == _R_HALF_DOWN:
        if r > p >> 1:
            q += 1
    elif mode == _R_UP:
        q += 1
    elif mode == _R_CEILING:
        if not sign:
            q += 1
    elif mode == _R_FLOOR:
        if sign:
            q += 1
    else:  # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        if q % 5 == 0:
            q += 1
    return q, True


def _overflow_result(sign, ctx):
    mode = ctx._round
    if (mode in (_R_HALF_UP, _R_HALF_EVEN, _R_HALF_DOWN, _R_UP)
            or (mode == _R_CEILING and not sign) or (mode == _R_FLOOR and sign)):
        return _dec(sign, 0, 0, _INF)
    return _dec(sign, _pow10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)


def _fix(sign, coef, exp, ctx, mode=None):
    """The finite exact value (sign, coef, exp) rounded to ctx: (Decimal, conditions)."""
    prec = ctx._prec
    emin = ctx._Emin
    emax = ctx._Emax
    if mode is None:
        mode = ctx._round
    etiny = emin - prec + 1
    etop = emax - prec + 1
    if not coef:
        cond = 0
        hi = etop if ctx._clamp else emax
        if exp > hi:
            exp = hi
            cond = _S_CLAMPED
        elif exp < etiny:
            exp = etiny
            cond = _S_CLAMPED
        return _dec(sign, 0, exp), cond
    if exp >= emin:
        # Quick bound from the bit length (huge coefficients under a huge precision):
        # coef < 2**bits <= 10**(bits * 0.30103 rounded up), so nd <= that.
        most = (coef.bit_length() * 30103) // 100000 + 1
        if most <= prec and exp + most - 1 <= emax and (not ctx._clamp or exp <= etop):
            return _dec(sign, coef, exp), 0
    nd = _ndigits(coef)
    adj = exp + nd - 1
    if adj < emin:
        if exp >= etiny:
            return _dec(sign, coef, exp), _S_SUBNORMAL
        coef, inexact = _round_int(sign, coef, etiny - exp, mode)
        cond = _S_ROUNDED | _S_SUBNORMAL
        if inexact:
            cond |= _S_INEXACT | _S_UNDERFLOW
            if not coef:
                cond |= _S_CLAMPED
        return _dec(sign, coef, etiny), cond
    cond = 0
    if nd > prec:
        shift = nd - prec
        coef, inexact = _round_int(sign, coef, shift, mode)
        exp += shift
        cond = (_S_ROUNDED | _S_INEXACT) if inexact else _S_ROUNDED
        if coef == _pow10(prec):
            coef = _pow10(prec - 1)
            exp += 1
        adj = exp + prec - 1
    if adj > emax:
        ctx_mode = ctx._round
        if mode != ctx_mode:
            ctx = ctx.copy()
            ctx._round = mode
        return _overflow_result(sign, ctx), cond | _S_OVERFLOW | _S_INEXACT | _S_ROUNDED
    if ctx._clamp and exp > etop:
        coef *= _pow10(exp - etop)
        exp = etop
        cond |= _S_CLAMPED
    return _dec(sign, coef, exp), cond


def _finish(sign, coef, exp, ctx):
    """The result of an operation: (sign, coef, exp) rounded to ctx, signals raised."""
    if ctx._Emin <= exp <= ctx._etop and coef < ctx._climit:
        return _make(Decimal, sign, coef, exp, 0)
    d, cond = _fix(sign, coef, exp, ctx)
    if cond:
        _signal(ctx, cond)
    return d


def _invalid(ctx, cond=_C_INVALID):
    _signal(ctx, cond)
    return _NAN


def _nan_result(a, b, ctx):
    """The NaN an operation on a (and b) returns when one is a NaN, or None."""
    if a._special == _SNAN:
        _signal(ctx, _C_INVALID)
        return _quiet(a, ctx)
    if b is not None and b._special == _SNAN:
        _signal(ctx, _C_INVALID)
        return _quiet(b, ctx)
    if a._special == _QNAN:
        return _quiet(a, ctx)
    if b is not None and b._special == _QNAN:
        return _quiet(b, ctx)
    return None


def _quiet(nan, ctx):
    payload = nan._int
    if payload and _ndigits(payload) > ctx._prec - ctx._clamp:
        payload = payload % _pow10(ctx._prec - ctx._clamp)
    return _dec(nan._sign, payload, 0, _QNAN)


def _strip_zeros(coef, exp, limit):
    """Remove trailing zeros of coef while exp stays <= limit: (coef, exp)."""
    if not coef:
        return coef, exp
    room = limit - exp
    while room >= 8 and coef % 100000000 == 0:
        coef //= 100000000
        exp += 8
        room -= 8
    while room > 0 and coef % 10 == 0:
        coef //= 10
        exp += 1
        room -= 1
    return coef, exp


def _cur():
    return _current


def _parse(text):
    """(sign, coef, exp, special) written by text, or None (a conversion syntax error)."""
    s = text.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isdecimal():
                chars.append(str(int(ch)))
            elif ch.isspace():
                return None
            else:
                chars.append(ch)
        s = ''.join(chars)
    sign = 0
    if s[:1] == '-':
        sign = 1
        s = s[1:]
    elif s[:1] == '+':
        s = s[1:]
    if not s:
        return None
    first = s[0]
    if first.isdigit() or first == '.':
        mantissa = s
        exp = 0
        for mark in ('e', 'E'):
            at = s.find(mark)
            if at >= 0:
                mantissa = s[:at]
                power = s[at + 1:]
                body = power[1:] if power[:1] in ('+', '-') else power
                if not body.isdigit() or not body.isascii():
                    return None
                exp = int(power) if len(body) < 4000 else (
                    -_digits_int(body) if power[0] == '-' else _digits_int(body))
                break
        whole, dot, frac = mantissa.partition('.')
        digits = whole + frac
        if not digits or not digits.isdigit() or not digits.isascii():
            return None
        coef = int(digits) if len(digits) < 4000 else _digits_int(digits)
        return sign, coef, exp - len(frac), _F
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 0, _INF
    special = _QNAN
    if low.startswith('snan'):
        special = _SNAN
        low = low[4:]
    elif low.startswith('nan'):
        low = low[3:]
    else:
        return None
    if not low:
        return sign, 0, 0, special
    if not low.isdigit() or not low.isascii():
        return None
    return sign, int(low) if len(low) < 4000 else _digits_int(low), 0, special


def _from_float(f):
    if f != f:
        return _dec(0, 0, 0, _QNAN)
    sign = 1 if (f < 0 or (f == 0 and str(f)[0] == '-')) else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _dec(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # n / 2**k == n * 5**k / 10**k
    return _dec(sign, n * 5 ** k, -k)


_INF_FLOAT = float('inf')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    special = _F
    if isinstance(exp, str):
        special = {'F': _INF, 'n': _QNAN, 'N': _SNAN}.get(exp)
        if special is None:
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        exp = 0
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for dgt in digits:
        if not (isinstance(dgt, int) and 0 <= dgt <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + dgt
    if special == _INF:
        coef = 0
    return _dec(sign, coef, exp, special)


def _convert(other):
    """other as a Decimal for an arithmetic operation, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        if other >= 0:
            return _dec(0, other, 0)
        return _dec(1, -other, 0)
    return NotImplemented


def _convert_strict(value, ctx):
    d = _convert(value)
    if d is NotImplemented:
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
    return d


def _type_name(value):
    t = type(value)
    if t is Decimal:
        return 'decimal.Decimal'
    return t.__name__


# Types that never handle a Decimal operand themselves: the error is raised here, with
# C decimal's wording ("decimal.Decimal"), instead of the generic one.
_NO_REFLECTED = (float, complex, str, bytes, bytearray, list, tuple, dict, set,
                 frozenset, type(None), range)


def _binop_error(left, right, op):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'" % (
        op, _type_name(left), _type_name(right)))


def _mul_error(left, right):
    if isinstance(left, (str, list, tuple, bytes, bytearray)) or isinstance(right, (str, list, tuple, bytes, bytearray)):
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    _binop_error(left, right, '*')


def _no_reflected(other):
    if isinstance(other, _NO_REFLECTED):
        return True
    mod = type(other).__module__
    return mod == 'fractions' and type(other).__name__ == 'Fraction'


# ---------------------------------------------------------------- operations

def _add(a, b, ctx, neg):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        sb = b._sign ^ neg
        if a._special == _INF:
            if b._special == _INF and a._sign != sb:
                return _invalid(ctx)
            return _dec(a._sign, 0, 0, _INF)
        return _dec(sb, 0, 0, _INF)
    sa = a._sign
    sb = b._sign ^ neg
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    if ea == eb:
        exp = ea
    else:
        if ea < eb:
            sa, sb = sb, sa
            ca, cb = cb, ca
            ea, eb = eb, ea
        if not ca:
            exp = eb
        else:
            prec = ctx._prec
            if ea - eb > prec + 3:
                # The operand with the lower exponent lies wholly below the rounding
                # position: it only decides the rounding, as a 1 far enough down does.
                if not cb:
                    eb = ea - prec - 2
                else:
                    s = min(ea - 1, ea + _ndigits(ca) - prec - 3)
                    if eb + _ndigits(cb) - 1 < s:
                        cb = 1
                        eb = s
            ca *= _pow10(ea - eb)
            exp = eb
    if sa == sb:
        return _finish(sa, ca + cb, exp, ctx)
    coef = ca - cb
    if coef < 0:
        return _finish(sb, -coef, exp, ctx)
    if coef:
        return _finish(sa, coef, exp, ctx)
    return _finish(1 if ctx._round == _R_FLOOR else 0, 0, exp, ctx)


def _mul(a, b, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if (not a._special and not a._int) or (not b._special and not b._int):
            return _invalid(ctx)
        return _dec(a._sign ^ b._sign, 0, 0, _INF)
    return _finish(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp, ctx)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special:
            if b._special:
                return _invalid(ctx)
            return _dec(sign, 0, 0, _INF)
        _signal(ctx, _S_CLAMPED)
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1)
    cb = b._int
    if not cb:
        if not a._int:
            return _invalid(ctx, _C_DIV_UNDEFINED)
        _signal(ctx, _S_DIVZERO)
        return _dec(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    ca = a._int
    if not ca:
        return _finish(sign, 0, ideal, ctx)
    prec = ctx._prec
    if prec > 5000:
        # Huge precision: an exact quotient is found without scaling to prec digits.
        g = _exact_quotient(ca, cb)
        if g is not None:
            q, k = g
            return _finish(sign, q, ideal - k, ctx)
    shift = prec + _ndigits(cb) - _ndigits(ca) + 1
    if shift >= 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    exp = ideal - shift
    if r:
        return _finish(sign, q * 10 + 1, exp - 1, ctx)
    if exp < ideal:
        q, exp = _strip_zeros(q, exp, ideal)
    elif exp > ideal:
        k = min(exp - ideal, prec - _ndigits(q))
        if k > 0:
            q *= _pow10(k)
            exp -= k
    return _finish(sign, q, exp, ctx)


def _exact_quotient(ca, cb):
    # ca / cb as q / 10**k when it terminates (cb's factors other than 2 and 5 divide ca).
    g = cb
    twos = 0
    while g % 2 == 0:
        g //= 2
        twos += 1
    fives = 0
    while g % 5 == 0:
        g //= 5
        fives += 1
    if ca % g:
        return None
    k = max(twos, fives)
    q = ca // g * (2 ** (k - fives) * 5 ** (k - twos))
    # ca / cb == ca / (g * 2**twos * 5**fives) == q / 10**k
    return q, k


def _divmod(a, b, ctx, want):
    """Integer division (truncating) and remainder: (quotient, remainder) Decimals."""
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r, r
        if a._special:
            if b._special or want != 1:
                nan = _invalid(ctx)
                if want == 3 and not b._special:
                    return _dec(sign, 0, 0, _INF), nan
                return nan, nan
            return _dec(sign, 0, 0, _INF), None
        q = _dec(sign, 0, 0)
        return q, (_finish(a._sign, a._int, a._exp, ctx) if want != 1 else None)
    if not b._int:
        if not a._int:
            nan = _invalid(ctx, _C_DIV_UNDEFINED)
            return nan, nan
        if want == 1:
            _signal(ctx, _S_DIVZERO)
            return _dec(sign, 0, 0, _INF), None
        if want == 2:
            nan = _invalid(ctx)
            return nan, nan
        _signal(ctx, _S_DIVZERO | _C_INVALID)
        return _dec(sign, 0, 0, _INF), _NAN
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    prec = ctx._prec
    if ca:
        adja = ea + _ndigits(ca)
        adjb = eb + _ndigits(cb)
        if adja - adjb > prec:
            nan = _invalid(ctx, _C_DIV_IMPOSSIBLE)
            return nan, nan
        if adja < adjb - 1 and ea <= eb:
            # |a| < |b|: the quotient is 0 and the remainder a itself
            return _finish(sign, 0, 0, ctx), (_finish(a._sign, ca, ea, ctx) if want != 1 else None)
    if ea == eb:
        e = ea
    elif ea > eb:
        e = eb
        ca *= _pow10(ea - eb)
    else:
        e = ea
        cb *= _pow10(eb - ea)
    q, r = divmod(ca, cb)
    if q and _ndigits(q) > prec:
        nan = _invalid(ctx, _C_DIV_IMPOSSIBLE)
        return nan, nan
    rem = _finish(a._sign, r, e, ctx) if want != 1 else None
    return (_finish(sign, q, 0, ctx) if want != 2 else None), rem


def _cmp(a, b):
    """-1, 0 or 1 as a <, ==, > b (neither a NaN)."""
    if a._special or b._special:
        va = (-1 if a._sign else 1) if a._special else 0
        vb = (-1 if b._sign else 1) if b._special else 0
        if va == vb:
            if va:
                return 0
        else:
            return -1 if va < vb else 1
    ca = a._int
    cb = b._int
    if not ca:
        if not cb:
            return 0
        return 1 if b._sign else -1
    if not cb:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    ea = a._exp
    eb = b._exp
    if ea != eb:
        adja = ea + _ndigits(ca)
        adjb = eb + _ndigits(cb)
        if adja != adjb:
            r = 1 if adja > adjb else -1
            return -r if a._sign else r
        if ea > eb:
            ca *= _pow10(ea - eb)
        else:
            cb *= _pow10(eb - ea)
    if ca == cb:
        return 0
    r = 1 if ca > cb else -1
    return -r if a._sign else r


def _cmp_rational(a, num, den):
    """-1, 0 or 1 as the Decimal a compares with num/den (a not a NaN)."""
    if a._special:
        return -1 if a._sign else 1
    left = -a._int if a._sign else a._int
    if a._exp >= 0:
        left = left * _pow10(a._exp) * den
        right = num
    else:
        left = left * den
        right = num * _pow10(-a._exp)
    return (left > right) - (left < right)


def _rich(a, other, ordering):
    """Compare a with other: -1/0/1, None when unordered (a NaN), or NotImplemented."""
    if isinstance(other, Decimal):
        b = other
    elif isinstance(other, int):
        b = _dec(0, other, 0) if other >= 0 else _dec(1, -other, 0)
    elif isinstance(other, float):
        ctx = _cur()
        if ordering:
            _signal(ctx, _S_FLOAT)
        else:
            ctx._flags |= _S_FLOAT
        b = _from_float(other)
    elif hasattr(other, 'numerator') and hasattr(other, 'denominator') and _is_rational(other):
        if a._special >= _QNAN:
            if ordering or a._special == _SNAN:
                _signal(_cur(), _C_INVALID)
            return None
        return _cmp_rational(a, other.numerator, other.denominator)
    else:
        return NotImplemented
    if a._special >= _QNAN or b._special >= _QNAN:
        if ordering or a._special == _SNAN or b._special == _SNAN:
            _signal(_cur(), _C_INVALID)
        return None
    return _cmp(a, b)


def _is_rational(x):
    import numbers
    return isinstance(x, numbers.Rational)


_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_TEN_INV = None


# ---------------------------------------------------------------- Decimal

class Decimal(object):
    """Decimal(value='0', context=None): an exact decimal number, infinity or NaN."""
    __heapscope_tp_name__ = "decimal.Decimal"

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if type(value) is int:
            if value >= 0:
                return _make(cls, 0, value, 0, 0)
            return _make(cls, 1, -value, 0, 0)
        src = Decimal._from_value(value, context)
        if cls is Decimal and type(src) is Decimal:
            return src
        return _make(cls, src._sign, src._int, src._exp, src._special)

    @staticmethod
    def _from_value(value, context):
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _current if context is None else context
                return _invalid(ctx, _C_SYNTAX)
            return _dec(*parsed)
        if isinstance(value, Decimal):
            return _dec(value._sign, value._int, value._exp, value._special)
        if isinstance(value, int):
            return _dec(0, value, 0) if value >= 0 else _dec(1, -value, 0)
        if isinstance(value, float):
            _signal(_current if context is None else context, _S_FLOAT)
            return _from_float(value)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _convert(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        return d if cls is Decimal else cls(d)

    # ---- text

    def _sci(self, capitals=1, eng=False):
        sign = '-' if self._sign else ''
        special = self._special
        if special:
            if special == _INF:
                return sign + 'Infinity'
            body = ('sNaN' if special == _SNAN else 'NaN')
            return sign + body + (_digits_str(self._int) if self._int else '')
        digits = _digits_str(self._int)
        exp = self._exp
        if exp == 0:
            return sign + digits
        n = len(digits)
        adj = exp + n - 1
        if exp < 0 and adj >= -6:
            point = n + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * -point + digits
        if not eng:
            body = digits[0] + ('.' + digits[1:] if n > 1 else '')
            e = adj
        elif self._int:
            lead = adj % 3 + 1
            e = adj - lead + 1
            if n <= lead:
                body = digits + '0' * (lead - n)
            else:
                body = digits[:lead] + '.' + digits[lead:]
        else:
            # A zero: the exponent becomes a multiple of 3, with 0, 1 or 2 zeros after the point.
            e = adj
            body = '0'
            if e % 3:
                step = 3 - e % 3
                e += step
                body = '0.' + '0' * step
        if e == 0 and eng:
            return sign + body
        mark = 'E' if capitals else 'e'
        return sign + body + mark + ('+' if e >= 0 else '-') + str(abs(e))

    def __str__(self, eng=False, context=None):
        ctx = _current if context is None else context
        return self._sci(ctx._capitals, eng)

    def __repr__(self):
        return "Decimal('%s')" % self._sci(_cur()._capitals)

    def to_eng_string(self, context=None):
        ctx = _current if context is None else context
        return self._sci(ctx._capitals, True)

    def __format__(self, spec, _localeconv=None):
        from _decimal_format import format_decimal
        return format_decimal(self, spec, _cur())

    # ---- conversions

    def as_tuple(self):
        if self._special == _INF:
            return _tuple_class()(self._sign, (0,), 'F')
        digits = tuple(map(int, _digits_str(self._int))) if self._int or not self._special else ()
        if self._special:
            return _tuple_class()(self._sign, digits, 'N' if self._special == _SNAN else 'n')
        return _tuple_class()(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if not self._int:
            return 0, 1
        num = self._int
        exp = self._exp
        if exp >= 0:
            num *= _pow10(exp)
            den = 1
        else:
            den = _pow10(-exp)
            import math
            g = math.gcd(num, den)
            num //= g
            den //= g
        return (-num if self._sign else num), den

    def __int__(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        exp = self._exp
        if exp >= 0:
            n = self._int * _pow10(exp)
        else:
            n = self._int // _pow10(-exp)
        return -n if self._sign else n

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._special:
            if self._special == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            if self._special == _QNAN:
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(self._sci())

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._special or self._int)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def _integral(self, mode):
        # The integer nearest per mode, as an int (finite self).
        exp = self._exp
        if exp >= 0:
            n = self._int * _pow10(exp)
        else:
            n = _round_int(self._sign, self._int, -exp, mode)[0]
        return -n if self._sign else n

    def _check_integral(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __floor__(self):
        self._check_integral()
        return self._integral(_R_FLOOR)

    def __ceil__(self):
        self._check_integral()
        return self._integral(_R_CEILING)

    def __round__(self, n=None):
        if n is None:
            self._check_integral()
            return self._integral(_R_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_dec(0, 1, -n))

    def __hash__(self):
        special = self._special
        if special:
            if special == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if special == _QNAN:
                return id(self) >> 4  # by identity, as object.__hash__ would
            return -_HASH_INF if self._sign else _HASH_INF
        exp = self._exp
        if exp == 0 and self._int < 2305843009213693951:
            return hash(-self._int if self._sign else self._int)
        global _HASH_TEN_INV
        if exp >= 0:
            h = self._int * pow(10, exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            if _HASH_TEN_INV is None:
                _HASH_TEN_INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = self._int * pow(_HASH_TEN_INV, -exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # ---- comparisons

    def __eq__(self, other):
        if type(other) is Decimal:
            if not (self._special or other._special) and self._exp == other._exp:
                if self._sign == other._sign or not self._int:
                    return self._int == other._int
                return False
        elif type(other) is int and not self._special and self._exp == 0:
            if self._sign:
                return -self._int == other
            return self._int == other
        r = _rich(self, other, False)
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __lt__(self, other):
        r = _rich(self, other, True)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r < 0

    def __le__(self, other):
        r = _rich(self, other, True)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r <= 0

    def __gt__(self, other):
        if type(other) is Decimal and not (self._special or other._special) and self._exp == other._exp:
            a = -self._int if self._sign else self._int
            return a > (-other._int if other._sign else other._int)
        r = _rich(self, other, True)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r > 0

    def __ge__(self, other):
        r = _rich(self, other, True)
        if r is NotImplemented or r is None:
            return False if r is None else r
        return r >= 0

    # ---- arithmetic operators

    def __add__(self, other, context=None):
        ctx = _current if context is None else context
        if type(other) is Decimal:
            exp = self._exp
            if exp == other._exp and self._sign == other._sign and not (self._special or other._special):
                # same exponent and sign: the sum needs no alignment (the common case)
                coef = self._int + other._int
                if ctx._Emin <= exp <= ctx._etop and coef < ctx._climit:
                    return _make(Decimal, self._sign, coef, exp, 0)
        elif type(other) is int:
            if other >= 0 and not self._sign and not self._special and self._exp == 0:
                coef = self._int + other
                if ctx._Emin <= 0 <= ctx._etop and coef < ctx._climit:
                    return _make(Decimal, 0, coef, 0, 0)
            other = _dec(0, other, 0) if other >= 0 else _dec(1, -other, 0)
        else:
            o = _convert(other)
            if o is NotImplemented:
                if _no_reflected(other):
                    _binop_error(self, other, '+')
                return o
            other = o
        return _add(self, other, ctx, 0)

    def __radd__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, '+')
            return o
        return _add(o, self, _current if context is None else context, 0)

    def __sub__(self, other, context=None):
        if type(other) is not Decimal:
            o = _convert(other)
            if o is NotImplemented:
                if _no_reflected(other):
                    _binop_error(self, other, '-')
                return o
            other = o
        return _add(self, other, _current if context is None else context, 1)

    def __rsub__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, '-')
            return o
        return _add(o, self, _current if context is None else context, 1)

    def __mul__(self, other, context=None):
        if type(other) is Decimal and not (self._special or other._special):
            ctx = _current if context is None else context
            coef = self._int * other._int
            exp = self._exp + other._exp
            if ctx._Emin <= exp <= ctx._etop and coef < ctx._climit:
                return _make(Decimal, self._sign ^ other._sign, coef, exp, 0)
            return _finish(self._sign ^ other._sign, coef, exp, ctx)
        if type(other) is not Decimal:
            o = _convert(other)
            if o is NotImplemented:
                if _no_reflected(other):
                    _mul_error(self, other)
                return o
            other = o
        return _mul(self, other, _current if context is None else context)

    def __rmul__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _mul_error(other, self)
            return o
        return _mul(o, self, _current if context is None else context)

    def __truediv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(self, other, '/')
            return o
        return _div(self, o, _current if context is None else context)

    def __rtruediv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, '/')
            return o
        return _div(o, self, _current if context is None else context)

    def __floordiv__(self, other, context=None):
        if type(other) is int and other > 0 and not self._special and self._exp == 0:
            # an integral Decimal by a positive int: truncating division of ints
            ctx = _current if context is None else context
            q = self._int // other
            if q < ctx._climit and ctx._Emin <= 0 <= ctx._etop:
                return _make(Decimal, self._sign, q, 0, 0)
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(self, other, '//')
            return o
        return _divmod(self, o, _current if context is None else context, 1)[0]

    def __rfloordiv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, '//')
            return o
        return _divmod(o, self, _current if context is None else context, 1)[0]

    def __mod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(self, other, '%')
            return o
        return _divmod(self, o, _current if context is None else context, 2)[1]

    def __rmod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, '%')
            return o
        return _divmod(o, self, _current if context is None else context, 2)[1]

    def __divmod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(self, other, 'divmod()')
            return o
        return _divmod(self, o, _current if context is None else context, 3)

    def __rdivmod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, 'divmod()')
            return o
        return _divmod(o, self, _current if context is None else context, 3)

    def __pow__(self, other, modulo=None, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(self, other, '** or pow()')
            return o
        ctx = _current if context is None else context
        if modulo is not None:
            m = _convert(modulo)
            if m is NotImplemented:
                return m
            return _ops()._powmod(self, o, m, ctx)
        from _decimal_math import power
        return power(self, o, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if _no_reflected(other):
                _binop_error(other, self, '** or pow()')
            return o
        return o.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = _current if context is None else context
        if self._special:
            r = _nan_result(self, None, ctx)
            if r is not None:
                return r
            return _dec(1 - self._sign, 0, 0, _INF)
        if not self._int:
            # 0 - x: a zero result is negative only under ROUND_FLOOR with x == +0
            return _finish(1 if (ctx._round == _R_FLOOR and not self._sign) else 0, 0, self._exp, ctx)
        return _finish(1 - self._sign, self._int, self._exp, ctx)

    def __pos__(self, context=None):
        ctx = _current if context is None else context
        if self._special:
            r = _nan_result(self, None, ctx)
            if r is not None:
                return r
            return _dec(self._sign, 0, 0, _INF)
        if not self._int:
            # 0 + x: a zero result is negative only under ROUND_FLOOR with x == -0
            return _finish(1 if (ctx._round == _R_FLOOR and self._sign) else 0, 0, self._exp, ctx)
        return _finish(self._sign, self._int, self._exp, ctx)

    def __abs__(self, round=True, context=None):
        ctx = _current if context is None else context
        return self._abs(ctx)

    def _abs(self, ctx):
        if self._special:
            r = _nan_result(self, None, ctx)
            if r is not None:
                return r
            return _dec(0, 0, 0, _INF)
        return _finish(0, self._int, self._exp, ctx)

    # ---- the spec's operations

    def quantize(self, exp, rounding=None, context=None):
        ctx = _current if context is None else context
        exp = _convert_strict(exp, ctx)
        mode = ctx._round if rounding is None else _rounding_code(rounding)
        if self._special or exp._special:
            r = _nan_result(self, exp, ctx)
            if r is not None:
                return r
            if self._special == _INF and exp._special == _INF:
                return _dec(self._sign, 0, 0, _INF)
            return _invalid(ctx)
        return _rescale(self, exp._exp, mode, ctx, True)

    def _rescale_to(self, e, mode, ctx):
        return _rescale(self, e, mode, ctx, False)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _current if context is None else context
        mode = ctx._round if rounding is None else _rounding_code(rounding)
        if self._special:
            r = _nan_result(self, None, ctx)
            if r is not None:
                return r
            return _dec(self._sign, 0, 0, _INF)
        if self._exp >= 0:
            return self
        q, inexact = _round_int(self._sign, self._int, -self._exp, mode)
        return _dec(self._sign, q, 0)

    to_integral = to_integral_value

    def normalize(self, context=None):
        ctx = _current if context is None else context
        if self._special:
            r = _nan_result(self, None, ctx)
            if r is not None:
                return r
            return _dec(self._sign, 0, 0, _INF)
        d = _finish(self._sign, self._int, self._exp, ctx)
        if d._special:
            return d
        if not d._int:
            return _dec(d._sign, 0, 0)
        top = ctx._etop if ctx._clamp else ctx._Emax
        coef, exp = _strip_zeros(d._int, d._exp, top - _ndigits(d._int) + 1 + 10 ** 30)
        if exp > top and ctx._clamp:
            return d
        return _dec(d._sign, coef, exp)

    reduce = normalize

    def sqrt(self, context=None):
        from _decimal_math import sqrt
        return sqrt(self, _current if context is None else context)

    def exp(self, context=None):
        from _decimal_math import exp
        return exp(self, _current if context is None else context)

    def ln(self, context=None):
        from _decimal_math import ln
        return ln(self, _current if context is None else context)

    def log10(self, context=None):
        from _decimal_math import log10
        return log10(self, _current if context is None else context)

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1 if self._int else self._exp

    def is_finite(self):
        return not self._special

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _QNAN

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._special and not self._int

    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    # ---- digit-wise operations on logical operands (coefficients of 0s and 1s)

    def __getstate__(self):
        return None

    def __getattr__(self, name):
        # Only reached for names the class lacks: the operations kept in _decimal_ops.
        if name in _OPS_DECIMAL:
            _ops()
            if name in Decimal.__dict__:
                return getattr(self, name)
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(self), name))


_NAN = _dec(0, 0, 0, _QNAN)
_SMALL = {-1: _dec(1, 1, 0), 0: _dec(0, 0, 0), 1: _dec(0, 1, 0)}


def _finish_any(d, ctx):
    if d._special:
        return _dec(d._sign, d._int, d._exp, d._special)
    return _finish(d._sign, d._int, d._exp, ctx)


def _finish_int(n, ctx):
    return _finish(1 if n < 0 else 0, -n if n < 0 else n, 0, ctx)


def _rounding_code(rounding):
    code = _ROUNDING_CODES.get(rounding) if isinstance(rounding, str) else None
    if code is None:
        raise TypeError('valid values for rounding are:\n'
                        '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                        '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                        '   ROUND_05UP]')
    return code


def _rescale(d, e, mode, ctx, check):
    """d (finite) with exponent e, rounding by mode; InvalidOperation when it cannot fit."""
    if check and not (ctx._Emin - ctx._prec + 1 <= e <= ctx._Emax):
        return _invalid(ctx)
    coef = d._int
    if d._exp >= e:
        k = d._exp - e
        if coef and _ndigits(coef) + k > ctx._prec:
            return _invalid(ctx)
        if coef:
            coef *= _pow10(k)
        cond = 0
    elif coef:
        coef, inexact = _round_int(d._sign, coef, e - d._exp, mode)
        cond = (_S_ROUNDED | _S_INEXACT) if inexact else _S_ROUNDED
        if coef and _ndigits(coef) > ctx._prec:
            return _invalid(ctx)
    else:
        cond = 0
    if not coef:
        res, zcond = _fix(d._sign, 0, e, ctx)
        if zcond | cond:
            _signal(ctx, zcond | cond)
        return res
    if ctx._clamp and e > ctx._etop:
        coef *= _pow10(e - ctx._etop)
        e = ctx._etop
        cond |= _S_CLAMPED
    res = _dec(d._sign, coef, e)
    if coef and res.adjusted() > ctx._Emax:
        return _invalid(ctx)
    if coef and res.adjusted() < ctx._Emin:
        cond |= _S_SUBNORMAL
        if cond & _S_INEXACT:
            cond |= _S_UNDERFLOW
    if cond:
        _signal(ctx, cond)
    return res


def __getattr__(name):
    # DecimalTuple is made on first use (importing collections costs every run that
    # imports decimal otherwise).
    if name == 'DecimalTuple':
        import collections
        cls = collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')
        globals()['DecimalTuple'] = cls
        return cls
    raise AttributeError("module 'decimal' has no attribute '%s'" % name)


# The operations defined in _decimal_ops.py (loaded, and installed on the classes, on
# first use of one of them).
_OPS_DECIMAL = frozenset(('compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'fma', 'to_integral_exact', 'logb', 'canonical', 'is_canonical', 'is_normal', 'is_subnormal', 'number_class', 'radix', 'copy_sign', 'same_quantum', 'scaleb', 'max', 'min', 'max_mag', 'min_mag', 'remainder_near', 'next_plus', 'next_minus', 'next_toward', 'logical_and', 'logical_or', 'logical_xor', 'logical_invert', 'rotate', 'shift'))
_OPS_CONTEXT = frozenset(('abs', 'add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder', 'divmod', 'power', 'plus', 'minus', 'sqrt', 'exp', 'ln', 'log10', 'fma', 'to_sci_string', 'to_eng_string', 'to_integral_value', 'to_integral', 'to_integral_exact', 'is_canonical', 'canonical', 'number_class', 'copy_abs', 'copy_negate', 'copy_decimal', 'copy_sign', 'next_minus', 'next_plus', 'logb', 'normalize', 'reduce', 'compare', 'compare_signal', 'max', 'min', 'max_mag', 'min_mag', 'quantize', 'remainder_near', 'next_toward', 'scaleb', 'rotate', 'shift', 'logical_and', 'logical_or', 'logical_xor', 'logical_invert', 'is_normal', 'is_subnormal', 'compare_total', 'compare_total_mag', 'same_quantum', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed', 'is_zero'))


def _ops():
    import _decimal_ops
    return _decimal_ops


def _tuple_class():
    t = globals().get('DecimalTuple')
    return t if t is not None else __getattr__('DecimalTuple')
