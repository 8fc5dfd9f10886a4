// `re`: Pattern and Match objects, the module functions, sub templates, split and the
// scanning loop (CPython 3.7+ empty-match rules), over the native matcher of
// modules/_re.ts (Python syntax translated to a JS RegExp; one exec per match).
// Deviations: str patterns only (no bytes); after an empty match, the next match at the
// same position must be non-empty and is found without backtracking into shorter
// alternatives (CPython backtracks); groupindex is a dict (CPython: mappingproxy);
// no Scanner, template(), DEBUG/TEMPLATE flags. See _re.ts for syntax deviations.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
import _re
from _re import exec as _exec

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

_MAXSIZE = 9223372036854775807

_FLAG_NAMES = (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
               ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
               ("ASCII", 256))


def _flag_text(value, skip=0):
    names = []
    rest = value
    for name, bit in _FLAG_NAMES:
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
        return _flag_text(v)

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
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _clamp(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    if endpos > n:
        endpos = n
    return pos, endpos


def _scan(p, string, pos, endpos):
    """The spans of successive matches (CPython's finditer/sub/split rules)."""
    eng = p._eng
    must_advance = False
    while pos <= endpos:
        if must_advance:
            r = _exec(eng, string, pos, endpos, 3)
            if r is None:
                if pos >= endpos:
                    return
                r = _exec(eng, string, pos + 1, endpos, 0)
        else:
            r = _exec(eng, string, pos, endpos, 0)
        if r is None:
            return
        yield r
        must_advance = r[0] == r[1]
        pos = r[1]


def _check_str(string):
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


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

    def _run(self, string, pos, endpos, mode):
        _check_str(string)
        pos, endpos = _clamp(string, pos, endpos)
        r = _exec(self._eng, string, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _clamp(string, pos, endpos)
        for r in _scan(self, string, pos, endpos):
            yield Match(self, string, pos, endpos, r)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_str(string)
        pos, endpos = _clamp(string, pos, endpos)
        out = []
        groups = self.groups
        for r in _scan(self, string, pos, endpos):
            if groups == 0:
                out.append(string[r[0]:r[1]])
            elif groups == 1:
                out.append(string[r[2]:r[3]] if r[2] >= 0 else "")
            else:
                out.append(tuple([string[r[2 * g]:r[2 * g + 1]] if r[2 * g] >= 0 else ""
                                  for g in range(1, groups + 1)]))
        return out

    def split(self, string, maxsplit=0):
        _check_str(string)
        out = []
        last = 0
        n = 0
        groups = self.groups
        for r in _scan(self, string, 0, len(string)):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(string[last:r[0]])
            for g in range(1, groups + 1):
                out.append(string[r[2 * g]:r[2 * g + 1]] if r[2 * g] >= 0 else None)
            last = r[1]
            n += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_str(string)
        if callable(repl):
            literal = None
            items = None
        else:
            if not isinstance(repl, str):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            items = _parse_template(self, repl)
            literal = items[0] if len(items) == 1 and isinstance(items[0], str) else None
            if not items:
                literal = ""
        pieces = []
        last = 0
        n = 0
        for r in _scan(self, string, 0, len(string)):
            if count > 0 and n >= count:
                break
            pieces.append(string[last:r[0]])
            if literal is not None:
                pieces.append(literal)
            elif items is not None:
                for it in items:
                    if it.__class__ is int:
                        if r[2 * it] >= 0:
                            pieces.append(string[r[2 * it]:r[2 * it + 1]])
                    else:
                        pieces.append(it)
            else:
                s = repl(Match(self, string, 0, len(string), r))
                if not isinstance(s, str):
                    raise TypeError("expected str instance, %s found" % type(s).__name__)
                pieces.append(s)
            last = r[1]
            n += 1
        if n == 0:
            return string, 0
        pieces.append(string[last:])
        return "".join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __class_getitem__(cls, item):
        return cls


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"


def _parse_template(p, template):
    """A sub() template as a list of literal strs and group numbers (ints)."""
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


class Match:
    __module__ = "re"

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = spans[-1]
        self.lastindex = None if last < 0 else last
        self.lastgroup = None if last < 0 else pattern._names.get(last)

    def _index(self, g):
        if g.__class__ is int or isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _group(self, g):
        i = self._index(g)
        s = self._spans
        if s[2 * i] < 0:
            return None
        return self.string[s[2 * i]:s[2 * i + 1]]

    def group(self, *args):
        if not args:
            s = self._spans
            return self.string[s[0]:s[1]]
        if len(args) == 1:
            return self._group(args[0])
        return tuple([self._group(g) for g in args])

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        out = []
        s = self._spans
        for i in range(1, self.re.groups + 1):
            out.append(default if s[2 * i] < 0 else self.string[s[2 * i]:s[2 * i + 1]])
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        s = self._spans
        for name, i in self.re.groupindex.items():
            out[name] = default if s[2 * i] < 0 else self.string[s[2 * i]:s[2 * i + 1]]
        return out

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1])
                      for i in range(self.re.groups + 1)])

    def expand(self, template):
        out = []
        for it in _parse_template(self.re, template):
            if it.__class__ is int:
                v = self._group(it)
                if v is not None:
                    out.append(v)
            else:
                out.append(it)
        return "".join(out)

    def __repr__(self):
        s = self._spans
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            s[0], s[1], repr(self.string[s[0]:s[1]])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_cache = {}
_MAXCACHE = 512


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("bytes patterns are not supported")
        raise TypeError("first argument must be string or compiled pattern")
    key = (pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    r = _re.compile(pattern, flags)
    if r[0] is None:
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
    raise TypeError("escape() argument must be str")
`;

export const createReModule = pythonModule("re", () => SOURCE);
