"""Text wrapping and filling: wrap, fill, shorten, dedent, indent (heapscope)."""

# Words are split the way CPython's TextWrapper splits them (whitespace runs, hyphenated
# words after a hyphen between letters, em-dashes), written as a scanner instead of
# CPython's regular expression.

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    return c == '_' or c.isalpha()


def _is_word_punct(c):
    return c.isalnum() or c == '_' or c in '!"\'&.,?'


def _is_word(c):
    return c.isalnum() or c == '_'


def _split_hyphenated(text):
    # The chunks of CPython's word-separator pattern, in order, empty ones dropped.
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        start = i
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                chunks.append(text[start:j])
                break
            if text[j] == '-' and j + 1 <= n:
                before_ok = ((j - 2 >= start and _is_letter(text[j - 1]) and _is_letter(text[j - 2]))
                             or (j - 3 >= 0 and _is_letter(text[j - 1]) and text[j - 2] == '-'
                                 and _is_letter(text[j - 3]) and j - 3 >= start - 1))
                if before_ok and j + 1 < n and _is_letter(text[j + 1]):
                    after_ok = (j + 2 < n and _is_letter(text[j + 2])) or \
                               (j + 3 < n and text[j + 2] == '-' and _is_letter(text[j + 3]))
                    if after_ok:
                        chunks.append(text[start:j + 1])
                        j += 1
                        start = j
                        j += 1
                        continue
            if (text[j] == '-' and _is_word_punct(text[j - 1]) and j + 1 < n and text[j + 1] == '-'):
                k = j
                while k < n and text[k] == '-':
                    k += 1
                if k < n and _is_word(text[k]):
                    chunks.append(text[start:j])
                    break
            j += 1
        i = j
    return [c for c in chunks if c]


def _split_simple(text):
    return [c for c in re.split(r'([\t\n\x0b\x0c\r ]+)', text) if c]


_TO_SPACE = {ord(c): ' ' for c in _whitespace}


def _ends_sentence(word):
    # A lowercase letter, then . ! or ?, then at most one closing quote.
    if word[-1:] in ('"', "'"):
        word = word[:-1]
    return len(word) >= 2 and word[-1] in '.!?' and 'a' <= word[-2] <= 'z'


def _is_blank(chunk):
    return chunk.strip() == ''


class TextWrapper:
    """Wraps text to lines of at most `width` columns; the options are attributes."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True, fix_sentence_endings=False,
                 break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _chunks_of(self, text):
        # The words and whitespace runs of TEXT, after tab expansion and whitespace
        # replacement, with two spaces after sentence ends when asked.
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        if self.break_on_hyphens is True:
            chunks = _split_hyphenated(text)
        else:
            chunks = _split_simple(text)
        if self.fix_sentence_endings:
            k = 0
            while k + 1 < len(chunks):
                if chunks[k + 1] == ' ' and _ends_sentence(chunks[k]):
                    chunks[k + 1] = '  '
                    k += 2
                else:
                    k += 1
        return chunks

    def _check_sizes(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
        if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
            raise ValueError("placeholder too large for max width")

    def _cut_long_word(self, word, used, room):
        # How much of WORD (too long for any line) goes on the current line.
        space = 1 if room < 1 else room - used
        cut = space
        if self.break_on_hyphens and len(word) > space:
            dash = word.rfind('-', 0, space)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        return cut

    def _lines_of(self, chunks):
        self._check_sizes()
        lines = []
        pos = 0  # chunks[pos:] are still to place
        while pos < len(chunks):
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            if lines and self.drop_whitespace and _is_blank(chunks[pos]):
                pos += 1  # no line but the first starts with whitespace
            line = []
            used = 0
            while pos < len(chunks) and used + len(chunks[pos]) <= room:
                line.append(chunks[pos])
                used += len(chunks[pos])
                pos += 1
            if pos < len(chunks) and len(chunks[pos]) > room:
                word = chunks[pos]
                if self.break_long_words:
                    cut = self._cut_long_word(word, used, room)
                    line.append(word[:cut])
                    chunks[pos] = word[cut:]
                elif not line:
                    line.append(word)
                    pos += 1
                used = sum(len(c) for c in line)
            if self.drop_whitespace and line and _is_blank(line[-1]):
                used -= len(line.pop())
            if not line:
                continue
            if not self._over_limit(lines, chunks, pos, used, room):
                lines.append(indent + ''.join(line))
                continue
            self._close_with_placeholder(lines, line, used, room, indent)
            break
        return lines

    def _over_limit(self, lines, chunks, pos, used, room):
        # Would emitting this line leave text over for a line beyond max_lines?
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return False
        rest = chunks[pos:]
        nothing_left = not rest or (self.drop_whitespace and len(rest) == 1
                                    and _is_blank(rest[0]))
        return not (nothing_left and used <= room)

    def _close_with_placeholder(self, lines, line, used, room, indent):
        # The last allowed line: end it with the placeholder, dropping words to make room.
        while line:
            if not _is_blank(line[-1]) and used + len(self.placeholder) <= room:
                lines.append(indent + ''.join(line) + self.placeholder)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def wrap(self, text):
        """The lines of TEXT wrapped to self.width, without their newlines."""
        return self._lines_of(self._chunks_of(text))

    def fill(self, text):
        """TEXT wrapped, as one string with newlines between the lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse TEXT's whitespace and truncate it to WIDTH, ending with the placeholder."""
    collapsed = ' '.join(text.strip().split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _shared_prefix(a, b):
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


def dedent(text):
    """Remove the leading spaces and tabs that all non-blank lines of TEXT share.

    Lines holding only spaces and tabs become empty and do not count.
    """
    rows = ['' if not row.strip(' \t') else row for row in text.split('\n')]
    margin = None
    for row in rows:
        if not row:
            continue
        lead = row[:len(row) - len(row.lstrip(' \t'))]
        margin = lead if margin is None else _shared_prefix(margin, lead)
    if margin:
        rows = [row[len(margin):] if row.startswith(margin) else row for row in rows]
    return '\n'.join(rows)


def _has_text(line):
    return line.strip()


def indent(text, prefix, predicate=None):
    """Put PREFIX before each line of TEXT that PREDICATE accepts (default: non-blank)."""
    keep = _has_text if predicate is None else predicate
    return ''.join(prefix + line if keep(line) else line for line in text.splitlines(True))
