"""Pretty-print Python data structures the way CPython 3.11's pprint lays them out (heapscope).

How a value is laid out (facts of CPython's output): its one-line repr is used when it
fits in the columns left on the line (width - current column - the closing characters
that will follow it, "tail" below); otherwise a container puts each element on its own
line, one indent step past its opening bracket; dict keys are sorted unless
sort_dicts=False; a long string becomes adjacent literals split after whitespace, bytes
split every four bytes. Every text is built as a string and returned (nothing is written
until the whole layout is done).
"""

import re
import sys
import builtins
import collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Print OBJECT's pretty layout on STREAM (default sys.stdout), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return OBJECT's pretty layout as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dict keys in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _flat(object):
    return PrettyPrinter().format(object, {}, None, 0)


def saferepr(object):
    """A repr of OBJECT that survives recursive data."""
    return _flat(object)[0]


def isreadable(object):
    return _flat(object)[1]


def isrecursive(object):
    return _flat(object)[2]


class _Ordered:
    # Sort key for values of possibly unorderable, mixed types: those that cannot be
    # compared are ordered by (type name, id) instead.
    __slots__ = ('value',)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        a, b = self.value, other.value
        try:
            return a < b
        except TypeError:
            return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _by_key(pair):
    return _Ordered(pair[0])


def _recursion_marker(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = frozenset({str, bytes, bytearray, float, bool, type(None),
                      getattr(builtins, "complex", float)})

# A word with the whitespace after it, or the whitespace a line starts with.
_STR_TOKEN = re.compile(r'^\s+|\S+\s*')


def _string_chunks(text, first_room, room, tail):
    # The literals a long string is cut into: each line of TEXT whole if it fits,
    # otherwise runs of its words; the last line must also leave TAIL columns free.
    rows = text.splitlines(True)
    chunks = []
    for r, row in enumerate(rows):
        last_row = r == len(rows) - 1
        limit = first_room - (tail if last_row else 0)
        if len(repr(row)) <= limit:
            chunks.append(repr(row))
            continue
        words = _STR_TOKEN.findall(row)
        pending = ''
        for w, word in enumerate(words):
            limit = room - (tail if last_row and w == len(words) - 1 else 0)
            if len(repr(pending + word)) <= limit:
                pending += word
                continue
            if pending:
                chunks.append(repr(pending))
            pending = word
        if pending:
            chunks.append(repr(pending))
    return chunks


def _bytes_chunks(data, room, tail):
    # Groups of four bytes, packed while their repr fits in ROOM columns. The tail is
    # only reserved when the last group is a short one (as CPython does).
    chunks = []
    pending = b''
    short_start = len(data) - len(data) % 4
    for start in range(0, len(data), 4):
        group = data[start:start + 4]
        if start == short_start:
            room -= tail
        if len(repr(pending + group)) <= room:
            pending += group
            continue
        if pending:
            chunks.append(repr(pending))
        pending = group
    if pending:
        chunks.append(repr(pending))
    return chunks


def _shown_dataclass(object):
    params = getattr(type(object), "__dataclass_params__", None)
    if params is None or isinstance(object, type):
        return False
    return getattr(params, "repr", False)


class PrettyPrinter:
    """Lays out values; width, indent step, depth and the options are fixed per printer."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public methods

    def pprint(self, object):
        stream = sys.stdout if self._stream is None else self._stream
        if stream is not None:
            stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        return self._layout(object, 0, 0, {}, 0)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (one-line repr, readable, recursive) of OBJECT; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # -- one-line reprs

    def _one_line(self, object, context, level):
        return self.format(object, dict(context), self._depth, level)[0]

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        own_repr = kind.__repr__
        if issubclass(kind, int) and own_repr is int.__repr__:
            text = f"{object:_d}" if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            return self._joined_repr(object, "{%s}", True, context, maxlevels, level)
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._joined_repr(object, "[%s]", False, context, maxlevels, level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._joined_repr(object, shape, False, context, maxlevels, level)
        text = repr(object)
        readable = not text.startswith('<') if text else text
        return text, readable, False

    def _joined_repr(self, object, shape, pairs, context, maxlevels, level):
        # The repr of a list, tuple or dict (PAIRS): its members' reprs joined by ", ".
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion_marker(object), False, True
        members = object
        if pairs:
            members = object.items()
            if self._sort_dicts:
                members = sorted(members, key=_by_key)
        context[key] = 1
        readable, recursive = True, False
        shown = []
        for member in members:
            if pairs:
                k_text, k_ok, k_rec = self.format(member[0], context, maxlevels, level + 1)
                v_text, v_ok, v_rec = self.format(member[1], context, maxlevels, level + 1)
                text, ok, rec = k_text + ": " + v_text, k_ok and v_ok, k_rec or v_rec
            else:
                text, ok, rec = self.format(member, context, maxlevels, level + 1)
            shown.append(text)
            readable = readable and ok
            recursive = recursive or rec
        del context[key]
        return shape % ", ".join(shown), readable, recursive

    # -- layout over several lines

    def _layout(self, object, column, tail, context, level):
        # OBJECT's text starting at COLUMN, leaving TAIL columns for what closes after it.
        key = id(object)
        if key in context:
            return _recursion_marker(object)
        flat = self._one_line(object, context, level)
        if len(flat) <= self._width - column - tail:
            return flat
        method = self._method_for(object)
        if method is None:
            return flat
        context[key] = 1
        try:
            return method(self, object, column, tail, context, level + 1)
        finally:
            del context[key]

    def _method_for(self, object):
        own_repr = type(object).__repr__
        for base, method in _LAYOUTS:
            if own_repr is base.__repr__ and isinstance(object, base):
                return method
        if _shown_dataclass(object):
            return PrettyPrinter._lay_dataclass
        return None

    def _gap(self):
        # What follows an opening bracket when the indent step is wider than one.
        return ' ' * (self._step - 1) if self._step > 1 else ''

    def _members(self, members, column, tail, context, level):
        # Members of a list, tuple, set or deque, one per line (or packed with compact).
        column += self._step
        newline = ',\n' + ' ' * column
        members = list(members)
        if not self._compact:
            return self._gap() + newline.join(
                self._layout(m, column, tail if k == len(members) - 1 else 1, context, level)
                for k, m in enumerate(members))
        pieces = [self._gap()]
        room = full = self._width - column + 1
        sep = ''
        for k, member in enumerate(members):
            last = k == len(members) - 1
            if last:
                room -= tail
                full -= tail
            flat = self._one_line(member, context, level)
            need = len(flat) + 2
            if need > room:
                room = full
                if sep:
                    sep = newline
            if need <= room:
                room -= need
                pieces.append(sep + flat)
                sep = ', '
            else:
                pieces.append(sep + self._layout(member, column, tail if last else 1,
                                                 context, level))
                sep = newline
        return ''.join(pieces)

    def _pairs(self, pairs, column, tail, context, level):
        # "key: value" entries of a mapping, one per line.
        column += self._step
        pairs = list(pairs)
        lines = []
        for k, (key, value) in enumerate(pairs):
            key_text = self._one_line(key, context, level)
            end = tail if k == len(pairs) - 1 else 1
            lines.append(key_text + ': ' +
                         self._layout(value, column + len(key_text) + 2, end, context, level))
        return (',\n' + ' ' * column).join(lines)

    def _lay_dict(self, object, column, tail, context, level):
        if not object:
            return '{' + self._gap() + '}'
        items = object.items()
        if self._sort_dicts:
            items = sorted(items, key=_by_key)
        return '{' + self._gap() + self._pairs(items, column, tail + 1, context, level) + '}'

    def _lay_list(self, object, column, tail, context, level):
        return '[' + self._members(object, column, tail + 1, context, level) + ']'

    def _lay_tuple(self, object, column, tail, context, level):
        close = ',)' if len(object) == 1 else ')'
        return '(' + self._members(object, column, tail + len(close), context, level) + close

    def _lay_set(self, object, column, tail, context, level):
        if not object:
            return repr(object)
        if type(object) is set:
            opening, close = '{', '}'
        else:
            opening, close = type(object).__name__ + '({', '})'
            column += len(type(object).__name__) + 1
        ordered = sorted(object, key=_Ordered)
        return opening + self._members(ordered, column, tail + len(close), context, level) + close

    def _lay_str(self, object, column, tail, context, level):
        if not object:
            return repr(object)
        top = level == 1  # a string on its own gets parentheses around its pieces
        if top:
            column += 1
            tail += 1
        room = self._width - column
        chunks = _string_chunks(object, room, room, tail)
        if len(chunks) == 1:
            return chunks[0]
        body = ('\n' + ' ' * column).join(chunks)
        return '(' + body + ')' if top else body

    def _lay_bytes(self, object, column, tail, context, level):
        if len(object) <= 4:
            return repr(object)
        top = level == 1
        if top:
            column += 1
            tail += 1
        body = ('\n' + ' ' * column).join(_bytes_chunks(object, self._width - column, tail))
        return '(' + body + ')' if top else body

    def _lay_bytearray(self, object, column, tail, context, level):
        inner = self._lay_bytes(bytes(object), column + 10, tail + 1, context, level + 1)
        return 'bytearray(' + inner + ')'

    def _lay_ordered_dict(self, object, column, tail, context, level):
        if not object:
            return repr(object)
        name = type(object).__name__
        inner = self._layout(list(object.items()), column + len(name) + 1, tail + 1,
                             context, level)
        return name + '(' + inner + ')'

    def _lay_default_dict(self, object, column, tail, context, level):
        if not object:
            return repr(object)
        name = type(object).__name__
        column += len(name) + 1
        factory = self._one_line(object.default_factory, context, level)
        body = self._lay_dict(object, column, tail + 1, context, level)
        return '%s(%s,\n%s%s)' % (name, factory, ' ' * column, body)

    def _lay_counter(self, object, column, tail, context, level):
        if not object:
            return repr(object)
        name = type(object).__name__
        body = self._pairs(object.most_common(), column + len(name) + 1, tail + 2,
                           context, level)
        return name + '({' + self._gap() + body + '})'

    def _lay_deque(self, object, column, tail, context, level):
        if not object:
            return repr(object)
        name = type(object).__name__
        column += len(name) + 1
        if object.maxlen is None:
            return name + '([' + self._members(object, column, tail + 2, context, level) + '])'
        body = self._members(object, column, 2, context, level)
        limit = self._one_line(object.maxlen, context, level)
        return '%s([%s],\n%smaxlen=%s)' % (name, body, ' ' * column, limit)

    def _lay_dataclass(self, object, column, tail, context, level):
        import dataclasses
        name = type(object).__name__
        column += len(name) + 1
        shown = [f.name for f in dataclasses.fields(object) if f.repr]
        lines = []
        for k, field in enumerate(shown):
            value = getattr(object, field)
            if id(value) in context:
                text = '...'
            else:
                end = tail if k == len(shown) - 1 else 1
                text = self._layout(value, column + len(field) + 1, end, context, level)
            lines.append(field + '=' + text)
        return name + '(' + (',\n' + ' ' * column).join(lines) + ')'


# Which layout a value gets: the first entry whose class it is an instance of and whose
# __repr__ it still uses. The collections types come first (they are dicts too).
_LAYOUTS = [
    (collections.deque, PrettyPrinter._lay_deque),
    (collections.Counter, PrettyPrinter._lay_counter),
    (collections.defaultdict, PrettyPrinter._lay_default_dict),
    (collections.OrderedDict, PrettyPrinter._lay_ordered_dict),
    (dict, PrettyPrinter._lay_dict),
    (list, PrettyPrinter._lay_list),
    (tuple, PrettyPrinter._lay_tuple),
    (set, PrettyPrinter._lay_set),
    (frozenset, PrettyPrinter._lay_set),
    (str, PrettyPrinter._lay_str),
    (bytes, PrettyPrinter._lay_bytes),
    (bytearray, PrettyPrinter._lay_bytearray),
]
