// `re`: Pattern and Match objects, the module functions, sub templates and split, over
// the native matcher of modules/_re.ts (the engine's own regex engine, src/engine/regex/;
// `_re.scan` does the scanning loop with CPython 3.7+ empty-match rules). str and bytes
// patterns (a bytes-like subject's groups are bytes, as in CPython).
// Deviations: groupindex is a dict (CPython: mappingproxy); no re.Scanner, template(),
// DEBUG output; \N{...} knows only the names of the lexer's table.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
import _re
from _re import exec as _exec, findall as _findall, subn as _subn, split as _split, finditer as _finditer

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807

_FLAG_NAMES = (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
               ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
               ("ASCII", 256))


# RegexFlag's repr lists members in the enum's definition order.
_ENUM_ORDER = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128))


def _flag_text(value, skip=0, order=_FLAG_NAMES):
    names = []
    rest = value
    for name, bit in order:
        if value & bit and not bit & skip:
            names.append("re." + name)
        rest &= ~bit
    if rest:
        names.append(hex(rest))
    return "|".join(names)


class RegexFlag(int):
    __module__ = "re"

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        return _flag_text(v, 0, _ENUM_ORDER)

    __str__ = __repr__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)


class error(Exception):
    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _text(string):
    """What groups are sliced from: a bytes copy of a mutable bytes-like subject."""
    if string.__class__ is str or string.__class__ is bytes or isinstance(string, str):
        return string
    return bytes(string)


class Pattern:
    __module__ = "re"

    def __init__(self, pattern, flags, eng, groups, names):
        self.pattern = pattern
        self.flags = flags
        self._eng = eng
        self.groups = groups
        self.groupindex = dict(names)
        self._names = {i: n for n, i in names}

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if flags & (4 | 32 | 256) == 32:
            flags &= ~32
        if flags:
            return "re.compile(%s, %s)" % (text, _flag_text(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _exec(self._eng, self, string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _exec(self._eng, self, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _exec(self._eng, self, string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return _finditer(self._eng, self, string, pos, endpos)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _findall(self._eng, string, pos, endpos)

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            _exec(self._eng, self, string, 0, 0, 4)
            return [_text(string)[:]]
        return _split(self._eng, string, maxsplit)

    def subn(self, repl, string, count=0):
        text = _text(string)
        is_str = isinstance(text, str)
        if callable(repl):
            _exec(self._eng, self, string, 0, 0, 4)  # type check before any call of repl
            return self._subn_call(repl, string, text, count, is_str)
        items = _parse_template(self, repl)
        if count < 0:
            return text, 0
        r = _subn(self._eng, tuple(items), string, count)
        if r[1] == 0:
            return text, 0
        _check_literals(items, is_str, 0)
        return r

    def _subn_call(self, repl, string, text, count, is_str):
        pieces = []
        last = 0
        n = 0
        if count < 0:
            return text, 0
        for m in _finditer(self._eng, self, string, 0, _MAXSIZE):
            if count > 0 and n >= count:
                break
            start, end = m.span()
            if start > last:
                pieces.append(text[last:start])
            s = repl(m)
            if s is not None:
                if is_str and not isinstance(s, str):
                    raise TypeError("sequence item %d: expected str instance, %s found"
                                    % (len(pieces), type(s).__name__))
                if not is_str and not isinstance(s, (bytes, bytearray)):
                    raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                    % (len(pieces), type(s).__name__))
                pieces.append(s)
            last = end
            n += 1
        if n == 0:
            return text, 0
        pieces.append(text[last:])
        return text[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _expand(self, m, template):
        """Match.expand (called by the native Match)."""
        items = _parse_template(self, template)
        text = m.string if isinstance(m.string, (str, bytes)) else bytes(m.string)
        _check_literals(items, isinstance(text, str), 0)
        out = []
        for it in items:
            if it.__class__ is int:
                v = m.group(it)
                if v is not None:
                    out.append(v)
            else:
                out.append(it)
        return text[:0].join(out)

    def __class_getitem__(cls, item):
        return cls


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"


def _parse_template(p, template, is_str=True):
    """A sub() template as a list of literals and group numbers (ints).

    A bytes template is parsed as its latin-1 text; its literals are bytes again.
    Literals of the other type than the subject fail only when there is a match to
    join them with (_check_literals), like CPython.
    """
    if isinstance(template, str):
        return _parse_template_text(p, template)
    if not isinstance(template, (bytes, bytearray)):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(template).__name__)
    items = _parse_template_text(p, bytes(template).decode("latin-1"))
    return [it if it.__class__ is int else it.encode("latin-1") for it in items]


def _check_literals(items, is_str, index):
    for it in items:
        if it.__class__ is not int and isinstance(it, str) != is_str:
            if is_str:
                raise TypeError("sequence item %d: expected str instance, %s found"
                                % (index, type(it).__name__))
            raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                            % (index, type(it).__name__))


def _parse_template_text(p, template):
    items = []
    lit = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        c = template[i + 1]
        start = i
        i += 2
        group = None
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            close = template.find(">", i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error("missing group name", template, i + 1)
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdecimal() and name.isascii():
                group = int(name)
                if group > p.groups:
                    raise error("invalid group reference %d" % group, template, i + 1)
            elif name.isidentifier():
                if name not in p.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                group = p.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = close + 1
        elif c == "0":
            j = i
            while j < n and j < i + 2 and template[j] in _OCT:
                j += 1
            lit.append(chr(int(template[i - 1:j], 8)))
            i = j
        elif c in _DIGITS:
            if (i + 1 < n and template[i] in _OCT and template[i + 1] in _OCT
                    and c in _OCT):
                v = int(template[i - 1:i + 2], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377"
                                % template[i - 1:i + 2], template, start)
                lit.append(chr(v))
                i += 2
            else:
                j = i
                if j < n and template[j] in _DIGITS:
                    j += 1
                group = int(template[i - 1:j])
                if group > p.groups:
                    raise error("invalid group reference %d" % group, template, start + 1)
                i = j
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, start)
        else:
            lit.append("\\" + c)
        if group is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(group)
    if lit:
        items.append("".join(lit))
    return items


Match = _re.Match


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    r = _re.compile(pattern, flags)
    if r[0] is None:
        if r[3] == "value":
            raise ValueError(r[1])
        if r[3] == "overflow":
            raise OverflowError(r[1])
        raise error(r[1], pattern, r[2])
    p = Pattern(pattern, r[3], r[0], r[1], r[2])
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    if isinstance(pattern, (bytes, bytearray)):
        text = bytes(pattern).decode("latin-1")
        return "".join(["\\" + c if c in _SPECIAL else c for c in text]).encode("latin-1")
    raise TypeError("decoding to str: need a bytes-like object, %s found" % type(pattern).__name__)


class _Scanner:
    """Pattern.scanner(): successive match()/search() calls, each from the last end."""

    def __init__(self, pattern, string, pos, endpos):
        _exec(pattern._eng, pattern, string, 0, 0, 4)
        self.pattern = pattern
        self._string = string
        n = len(string)
        self._pos = 0 if pos < 0 else n if pos > n else pos
        self._endpos = 0 if endpos < 0 else n if endpos > n else endpos
        self._pos0 = self._pos
        self._must_advance = False
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        p = self.pattern
        pos = self._pos
        if self._must_advance:
            m = _exec(p._eng, p, self._string, pos, self._endpos, 3, self._pos0)
            if m is None and mode == 0 and pos < self._endpos:
                m = _exec(p._eng, p, self._string, pos + 1, self._endpos, 0, self._pos0)
        else:
            m = _exec(p._eng, p, self._string, pos, self._endpos, mode, self._pos0)
        if m is None:
            self._done = True
            return None
        start, end = m.span()
        self._must_advance = start == end
        self._pos = end
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)
`;

export const createReModule = pythonModule("re", () => SOURCE);
