"""Compute differences between sequences: SequenceMatcher, Differ, ndiff, unified_diff (heapscope)."""

# Written from the documented algorithm (Ratcliff/Obershelp longest matching blocks with
# junk and "popular" elements, the intraline '?' guide lines of Differ), so that the
# output matches CPython's character for character. Missing: HtmlDiff, diff_bytes.

import heapq
import collections

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff', 'Match']

Match = collections.namedtuple('Match', ['a', 'b', 'size'])

# Long b sequences (this many elements or more) treat elements that fill over 1% of b
# as junk when autojunk is on.
_AUTOJUNK_MIN_LEN = 200


def _similarity(matched, total):
    # 2*M/T, the documented measure; two empty sequences are identical.
    if not total:
        return 1.0
    return 2.0 * matched / total


def _positions_by_value(seq):
    table = {}
    for pos, item in enumerate(seq):
        table.setdefault(item, []).append(pos)
    return table


def _merge_adjacent(blocks):
    """Sorted (i, j, n) triples with touching neighbours fused into one."""
    fused = []
    for i, j, n in blocks:
        if fused:
            pi, pj, pn = fused[-1]
            if pi + pn == i and pj + pn == j:
                fused[-1] = (pi, pj, pn + n)
                continue
        fused.append((i, j, n))
    return fused


class SequenceMatcher:
    """Finds matching blocks of two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk, self.autojunk = isjunk, autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def _forget_results(self):
        self.matching_blocks = None
        self.opcodes = None

    def set_seq1(self, a):
        if a is not self.a:
            self.a = a
            self._forget_results()

    def set_seq2(self, b):
        # Everything about b is precomputed, so comparing many a's to one b is cheap.
        if b is self.b:
            return
        self.b = b
        self._forget_results()
        self.fullbcount = None
        self._analyse_b()

    def _analyse_b(self):
        where = _positions_by_value(self.b)
        junk = set()
        if self.isjunk is not None:
            junk = {item for item in where if self.isjunk(item)}
        popular = set()
        if self.autojunk and len(self.b) >= _AUTOJUNK_MIN_LEN:
            most = len(self.b) // 100 + 1
            popular = {item for item, spots in where.items() if len(spots) > most}
        for item in junk | popular:
            where.pop(item, None)
        self.b2j, self.bjunk, self.bpopular = where, junk, popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b = self.a, self.b
        a_end = len(a) if ahi is None else ahi
        b_end = len(b) if bhi is None else bhi
        start_a, start_b, length = self._longest_clean_run(alo, a_end, blo, b_end)
        # Grow the run over equal neighbours: first non-junk ones (possible only next
        # to popular elements), then junk ones, so junk never starts a match but may
        # border one.
        for junk_side in (False, True):
            while (start_a > alo and start_b > blo
                   and (b[start_b - 1] in self.bjunk) == junk_side
                   and a[start_a - 1] == b[start_b - 1]):
                start_a, start_b, length = start_a - 1, start_b - 1, length + 1
            while (start_a + length < a_end and start_b + length < b_end
                   and (b[start_b + length] in self.bjunk) == junk_side
                   and a[start_a + length] == b[start_b + length]):
                length += 1
        return Match(start_a, start_b, length)

    def _longest_clean_run(self, a_lo, a_hi, b_lo, b_hi):
        # Dynamic programming over a: ending_at[j] is the length of the common run
        # ending at a[i-1] and b[j]; the earliest longest run wins ties.
        a, where = self.a, self.b2j
        best = (a_lo, b_lo, 0)
        ending_at = {}
        for i in range(a_lo, a_hi):
            extended = {}
            for j in where.get(a[i], ()):
                if j < b_lo:
                    continue
                if j >= b_hi:
                    break
                run = ending_at.get(j - 1, 0) + 1
                extended[j] = run
                if run > best[2]:
                    best = (i - run + 1, j - run + 1, run)
            ending_at = extended
        return best

    def get_matching_blocks(self):
        if self.matching_blocks is None:
            self.matching_blocks = self._compute_blocks()
        return self.matching_blocks

    def _compute_blocks(self):
        len_a, len_b = len(self.a), len(self.b)
        pending = [(0, len_a, 0, len_b)]
        blocks = []
        while pending:
            a_lo, a_hi, b_lo, b_hi = pending.pop()
            found = self.find_longest_match(a_lo, a_hi, b_lo, b_hi)
            i, j, n = found
            if not n:
                continue
            blocks.append(found)
            # Recurse on what lies left and right of the match.
            if a_lo < i and b_lo < j:
                pending.append((a_lo, i, b_lo, j))
            if i + n < a_hi and j + n < b_hi:
                pending.append((i + n, a_hi, j + n, b_hi))
        blocks.sort()
        fused = _merge_adjacent(blocks)
        fused.append((len_a, len_b, 0))
        return [Match(i, j, n) for i, j, n in fused]

    def get_opcodes(self):
        if self.opcodes is None:
            self.opcodes = list(self._edit_steps())
        return self.opcodes

    def _edit_steps(self):
        pos_a = pos_b = 0
        for block_a, block_b, size in self.get_matching_blocks():
            gap_a, gap_b = pos_a < block_a, pos_b < block_b
            if gap_a or gap_b:
                kind = 'replace' if gap_a and gap_b else ('delete' if gap_a else 'insert')
                yield (kind, pos_a, block_a, pos_b, block_b)
            pos_a, pos_b = block_a + size, block_b + size
            if size:
                yield ('equal', block_a, pos_a, block_b, pos_b)

    def get_grouped_opcodes(self, n=3):
        # CPython trims the ends in the cached opcode list itself (observable through a
        # later get_opcodes()); only the placeholder for two empty sequences is new.
        steps = self.get_opcodes() or [('equal', 0, 1, 0, 1)]
        # Keep at most n lines of context at the two ends.
        kind, a1, a2, b1, b2 = steps[0]
        if kind == 'equal':
            steps[0] = (kind, max(a1, a2 - n), a2, max(b1, b2 - n), b2)
        kind, a1, a2, b1, b2 = steps[-1]
        if kind == 'equal':
            steps[-1] = (kind, a1, min(a2, a1 + n), b1, min(b2, b1 + n))
        hunk = []
        for kind, a1, a2, b1, b2 in steps:
            if kind == 'equal' and a2 - a1 > 2 * n:
                # A long equal stretch closes the hunk after n lines and opens the next
                # one n lines before its end.
                hunk.append((kind, a1, min(a2, a1 + n), b1, min(b2, b1 + n)))
                yield hunk
                hunk = []
                a1, b1 = max(a1, a2 - n), max(b1, b2 - n)
            hunk.append((kind, a1, a2, b1, b2))
        if hunk and (len(hunk) > 1 or hunk[0][0] != 'equal'):
            yield hunk

    def ratio(self):
        matched = 0
        for block in self.get_matching_blocks():
            matched += block.size
        return _similarity(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        # An upper bound of ratio(): common elements counted as a multiset.
        if self.fullbcount is None:
            self.fullbcount = dict(collections.Counter(self.b))
        still_free = {}
        shared = 0
        for item in self.a:
            free = still_free.get(item)
            if free is None:
                free = self.fullbcount.get(item, 0)
            still_free[item] = free - 1
            if free > 0:
                shared += 1
        return _similarity(shared, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        # A cheaper upper bound: at best the shorter sequence matches entirely.
        size_a = len(self.a)
        size_b = len(self.b)
        return _similarity(min(size_a, size_b), size_a + size_b)

    def __class_getitem__(cls, item):
        return cls


def _passes_cutoff(matcher, cutoff):
    # Cheapest bound first; ratio() only when both bounds pass.
    return (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
            and matcher.ratio() >= cutoff)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if n <= 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if cutoff < 0.0 or cutoff > 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    candidates = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if _passes_cutoff(matcher, cutoff):
            candidates.append((matcher.ratio(), candidate))
    best = heapq.nlargest(n, candidates)
    return [candidate for _score, candidate in best]


# ---- Differ ---------------------------------------------------------------------------

# One guide character per opcode kind of the intraline comparison: (under a, under b).
_GUIDE_MARKS = {'replace': ('^', '^'), 'delete': ('-', ''), 'insert': ('', '+'),
                'equal': (' ', ' ')}


def _guide_line(text, marks):
    # Tabs and other whitespace of the text are kept under unmarked positions so the
    # guide stays aligned; trailing blanks are dropped.
    out = []
    for ch, mark in zip(text, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out).rstrip()


class Differ:
    """Line-by-line deltas of two sequences of lines, with '?' guides for near matches."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        steps = SequenceMatcher(self.linejunk, a, b).get_opcodes()
        for kind, a1, a2, b1, b2 in steps:
            if kind == 'equal':
                yield from self._prefixed(' ', a[a1:a2])
            elif kind == 'delete':
                yield from self._prefixed('-', a[a1:a2])
            elif kind == 'insert':
                yield from self._prefixed('+', b[b1:b2])
            elif kind == 'replace':
                yield from self._replaced(a, a1, a2, b, b1, b2)
            else:
                raise ValueError('unknown tag %r' % (kind,))

    @staticmethod
    def _prefixed(mark, lines):
        for line in lines:
            yield mark + ' ' + line

    def _all_removed_then_added(self, old, new):
        # The shorter block is printed first.
        if len(new) < len(old):
            yield from self._prefixed('+', new)
            yield from self._prefixed('-', old)
        else:
            yield from self._prefixed('-', old)
            yield from self._prefixed('+', new)

    def _closest_pair(self, a, a1, a2, b, b1, b2, matcher):
        """(i, j, score) of the most similar differing lines, and the first equal pair."""
        score, best_i, best_j = 0.74, None, None
        equal_pair = None
        for j in range(b1, b2):
            line_b = b[j]
            matcher.set_seq2(line_b)
            for i in range(a1, a2):
                line_a = a[i]
                if line_a == line_b:
                    if equal_pair is None:
                        equal_pair = (i, j)
                    continue
                matcher.set_seq1(line_a)
                if (matcher.real_quick_ratio() > score and matcher.quick_ratio() > score
                        and matcher.ratio() > score):
                    score, best_i, best_j = matcher.ratio(), i, j
        return best_i, best_j, score, equal_pair

    def _replaced(self, a, a1, a2, b, b1, b2):
        # The most similar pair (ratio >= 0.75) is shown with guides, or else the first
        # identical pair as unchanged; the blocks above and below are done the same way.
        matcher = SequenceMatcher(self.charjunk)
        i, j, score, equal_pair = self._closest_pair(a, a1, a2, b, b1, b2, matcher)
        if score >= 0.75:
            synced_equal = False
        elif equal_pair is not None:
            (i, j), synced_equal = equal_pair, True
        else:
            yield from self._all_removed_then_added(a[a1:a2], b[b1:b2])
            return
        yield from self._around(a, a1, i, b, b1, j)
        if synced_equal:
            yield '  ' + a[i]
        else:
            yield from self._with_guides(a[i], b[j], matcher)
        yield from self._around(a, i + 1, a2, b, j + 1, b2)

    def _around(self, a, a1, a2, b, b1, b2):
        if a1 < a2 and b1 < b2:
            yield from self._replaced(a, a1, a2, b, b1, b2)
        elif a1 < a2:
            yield from self._prefixed('-', a[a1:a2])
        elif b1 < b2:
            yield from self._prefixed('+', b[b1:b2])

    def _with_guides(self, old, new, matcher):
        matcher.set_seqs(old, new)
        marks_old, marks_new = [], []
        for kind, o1, o2, n1, n2 in matcher.get_opcodes():
            under_old, under_new = _GUIDE_MARKS[kind]
            marks_old.append(under_old * (o2 - o1))
            marks_new.append(under_new * (n2 - n1))
        guide_old = _guide_line(old, ''.join(marks_old))
        guide_new = _guide_line(new, ''.join(marks_new))
        yield "- " + old
        if guide_old:
            yield "? " + guide_old + "\n"
        yield "+ " + new
        if guide_new:
            yield "? " + guide_new + "\n"


def IS_LINE_JUNK(line, pat=None):
    if pat is None:
        return line.strip() in ("", "#")
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


# ---- unified and context diffs --------------------------------------------------------

def _unified_span(lo, hi):
    # "start,count" with 1-based start; a single line is just "start"; an empty
    # range names the line before it.
    count = hi - lo
    if count == 1:
        return str(lo + 1)
    return '%d,%d' % (lo + 1 if count else lo, count)


def _context_span(lo, hi):
    # "first,last" (1-based, inclusive); one line or none is a single number.
    count = hi - lo
    first = lo + 1 if count else lo
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _header_pair(mark_from, mark_to, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    dated_from = fromfile + ('\t' + str(fromfiledate) if fromfiledate else '')
    dated_to = tofile + ('\t' + str(tofiledate) if tofiledate else '')
    return [mark_from + ' ' + dated_from + lineterm, mark_to + ' ' + dated_to + lineterm]


def _hunks(a, b, n):
    return SequenceMatcher(None, a, b).get_grouped_opcodes(n)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    headers = _header_pair('---', '+++', fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for hunk in _hunks(a, b, n):
        yield from headers
        headers = ()
        span_a = _unified_span(hunk[0][1], hunk[-1][2])
        span_b = _unified_span(hunk[0][3], hunk[-1][4])
        yield '@@ -%s +%s @@%s' % (span_a, span_b, lineterm)
        for kind, a1, a2, b1, b2 in hunk:
            if kind == 'equal':
                yield from [' ' + line for line in a[a1:a2]]
                continue
            if kind != 'insert':
                yield from ['-' + line for line in a[a1:a2]]
            if kind != 'delete':
                yield from ['+' + line for line in b[b1:b2]]


_CONTEXT_MARK = {'equal': '  ', 'replace': '! ', 'delete': '- ', 'insert': '+ '}


def _context_side(hunk, lines, shown_kinds, skipped_kind, lo_index):
    # One side of a context hunk: printed only when it has a change of its own.
    if not any(step[0] in shown_kinds for step in hunk):
        return
    for step in hunk:
        if step[0] != skipped_kind:
            for line in lines[step[lo_index]:step[lo_index + 1]]:
                yield _CONTEXT_MARK[step[0]] + line


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    headers = _header_pair('***', '---', fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for hunk in _hunks(a, b, n):
        yield from headers
        headers = ()
        yield '*' * 15 + lineterm
        yield '*** %s ****%s' % (_context_span(hunk[0][1], hunk[-1][2]), lineterm)
        yield from _context_side(hunk, a, ('replace', 'delete'), 'insert', 1)
        yield '--- %s ----%s' % (_context_span(hunk[0][3], hunk[-1][4]), lineterm)
        yield from _context_side(hunk, b, ('replace', 'insert'), 'delete', 3)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    differ = Differ(linejunk, charjunk)
    return differ.compare(a, b)


def restore(delta, which):
    prefixes = {1: "- ", 2: "+ "}
    choice = int(which)
    if choice not in prefixes:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which)
    kept = (prefixes[choice], "  ")
    for line in delta:
        if line[:2] in kept:
            yield line[2:]
