"""String constants, capwords and Template (heapscope)."""

import re as _re

__all__ = ["Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace"]


def _span(first, last):
    return ''.join(chr(c) for c in range(ord(first), ord(last) + 1))


ascii_lowercase = _span('a', 'z')
ascii_uppercase = _span('A', 'Z')
ascii_letters = ascii_lowercase + ascii_uppercase
digits = _span('0', '9')
octdigits = _span('0', '7')
hexdigits = digits + _span('a', 'f') + _span('A', 'F')
# The printable ASCII characters that are neither letters, digits nor space.
punctuation = ''.join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace
del _span


def capwords(s, sep=None):
    """Split S on SEP, capitalize each word, and join them with SEP (or one space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---- Template -------------------------------------------------------------------------

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
# The default identifiers, spelled without the inline ASCII flag group.
_PLAIN_IDPATTERN = '[_a-zA-Z][_a-zA-Z0-9]*'


def _unknown_match(template):
    return ValueError('Unrecognized named group in pattern', template.pattern)


class Template:
    """A string with $name / ${name} placeholders, filled in by substitute()."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._build_pattern()

    @classmethod
    def _build_pattern(cls):
        # A subclass may give its own `pattern`; otherwise it is made from delimiter,
        # idpattern and braceidpattern, with the groups escaped/named/braced/invalid.
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            d = _re.escape(cls.delimiter)
            ident = cls.idpattern
            if ident == _DEFAULT_IDPATTERN:
                ident = _PLAIN_IDPATTERN
            braced = cls.braceidpattern or ident
            source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|\\{(?P<braced>%s)\\}|(?P<invalid>))'
                      % (d, d, ident, braced))
        cls.pattern = _re.compile(source, cls.flags)

    def __init__(self, template):
        self.template = template

    def _position(self, index):
        # (line, column) of the placeholder at INDEX, as the error message gives them.
        rows = self.template[:index].splitlines(True)
        if not rows:
            return 1, 1
        return len(rows), len(rows[-1])

    def _render(self, lookup, strict):
        def replace(match):
            name = match.group('named') or match.group('braced')
            if name is not None:
                if strict:
                    return str(lookup(name))
                try:
                    return str(lookup(name))
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is None:
                raise _unknown_match(self)
            if not strict:
                return match.group()
            line, column = self._position(match.start('invalid'))
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, column))
        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=None, /, **kws):
        return self._render(_lookup_in(mapping, kws), True)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(_lookup_in(mapping, kws), False)

    def _placeholders(self):
        # Each match as (identifier or None, is_invalid).
        for match in self.pattern.finditer(self.template):
            name = match.group('named') or match.group('braced')
            invalid = match.group('invalid') is not None
            if name is None and not invalid and match.group('escaped') is None:
                raise _unknown_match(self)
            yield name, invalid

    def is_valid(self):
        return not any(invalid for _, invalid in self._placeholders())

    def get_identifiers(self):
        found = []
        for name, _ in self._placeholders():
            if name is not None and name not in found:
                found.append(name)
        return found


Template._build_pattern()


def _lookup_in(mapping, keywords):
    # Keywords win over the mapping, which is only read for names they lack.
    if mapping is None:
        return keywords.__getitem__
    if not keywords:
        return mapping.__getitem__

    def lookup(name):
        if name in keywords:
            return keywords[name]
        return mapping[name]
    return lookup
