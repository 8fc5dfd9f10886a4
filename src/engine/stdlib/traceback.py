"""Print or format exceptions and their tracebacks like the interpreter does (heapscope).

Where the data comes from: the engine's _traceback module gives an exception's entries
(file name, line number, function name per frame, outermost first), the source line of
a frame, and the final "Type: message" line. Source lines exist for the main program only
and the modules of the run's `files` (the stdlib's own frames are `<frozen name>`, without
lines, like CPython's frozen modules), and the `^^^^` marker row under a line (the engine
reconstructs the expression that was running: vm/caret.ts).
"""

import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_tb', 'print_list', 'FrameSummary', 'StackSummary',
           'TracebackException']

_MISSING = object()

# How a chained exception is introduced (printed before the later exception).
_INTRO_CAUSE = ("\nThe above exception was the direct cause of the following "
                "exception:\n\n")
_INTRO_CONTEXT = ("\nDuring handling of the above exception, another exception "
                  "occurred:\n\n")
_REPEAT_LIMIT = 3  # identical consecutive frames shown before the "repeated" note


class FrameSummary:
    """One frame of a traceback: file, line number, function name, source line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_source', 'locals', '_markers')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._source = line
        self._markers = None
        if locals is None:
            self.locals = None
        else:
            self.locals = {key: repr(value) for key, value in locals.items()}

    @property
    def line(self):
        if self._source is None and self.lineno is not None:
            self._source = _traceback.line(self.filename, self.lineno)
        return None if self._source is None else self._source.strip()

    def _four(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._four() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, index):
        return self._four()[index]

    def __iter__(self):
        return iter(self._four())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno,
                                                          self.name)


def _apply_limit(entries, limit):
    # limit >= 0 keeps the outermost frames, a negative one the innermost; None means
    # sys.tracebacklimit (negative counts as 0) or no limit.
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is None:
            return entries
        limit = max(limit, 0)
    return entries[:limit] if limit >= 0 else entries[limit:]


def _repeat_note(extra):
    return '  [Previous line repeated %d more time%s]\n' % (extra, '' if extra == 1 else 's')


class StackSummary(list):
    """A list of FrameSummary objects that can format itself."""

    @classmethod
    def from_list(klass, a_list):
        summary = StackSummary()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                filename, lineno, name, line = item
                item = FrameSummary(filename, lineno, name, line=line)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        f = frame_summary
        rows = ['  File "%s", line %s, in %s\n' % (f.filename, f.lineno, f.name)]
        if f.line:
            rows.append('    %s\n' % f.line)
            if f._markers:
                rows.append('    %s\n' % f._markers)
        for name, value in sorted((f.locals or {}).items()):
            rows.append('    %s = %s\n' % (name, value))
        return ''.join(rows)

    def format(self):
        # Runs of the same (file, line, function), as deep recursion makes, are cut
        # after _REPEAT_LIMIT frames and summed up in a note.
        out = []
        k = 0
        while k < len(self):
            where = (self[k].filename, self[k].lineno, self[k].name)
            run_end = k + 1
            while run_end < len(self) and \
                    (self[run_end].filename, self[run_end].lineno, self[run_end].name) == where:
                run_end += 1
            for frame in self[k:min(run_end, k + _REPEAT_LIMIT)]:
                out.append(self.format_frame_summary(frame))
            if run_end - k > _REPEAT_LIMIT:
                out.append(_repeat_note(run_end - k - _REPEAT_LIMIT))
            k = run_end
        return out


def _stack_of(tb, limit=None, hide=None):
    # hide: a predicate on file names whose frames are left out (unittest hides its own).
    if tb is None:
        return StackSummary()
    entries = [e + (m,) for e, m in zip(_traceback.entries(tb), _traceback.markers(tb))
               if hide is None or not hide(e[0])]
    summary = StackSummary()
    for filename, lineno, name, markers in _apply_limit(entries, limit):
        frame = FrameSummary(filename, lineno, name, end_lineno=lineno)
        frame._markers = markers
        summary.append(frame)
    return summary


def extract_tb(tb, limit=None):
    return _stack_of(tb, limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def _emit(rows, file):
    target = sys.stderr if file is None else file
    for row in rows:
        print(row, file=target, end='')


def print_list(extracted_list, file=None):
    _emit(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _emit(format_tb(tb, limit=limit), file)


def _type_label(exc_type):
    # "Name", or "module.Name" for classes not from builtins or __main__.
    if exc_type is None:
        return 'None'
    label = exc_type.__qualname__
    home = exc_type.__module__
    return label if home in ('__main__', 'builtins') else home + '.' + label


class TracebackException:
    """An exception captured for formatting: its stack, message and chained exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None, _hide=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        if exc_value is None:
            self._str = 'None'
        else:
            self._str = _traceback.exception_line(exc_value)
        self.stack = _stack_of(exc_traceback, limit, _hide)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = None if exc_value.lineno is None else str(exc_value.lineno)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (exc_value is not None
                                     and exc_value.__suppress_context__)

        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.__cause__ = self.__context__ = self.exceptions = None
        if _seen is not None:
            return  # linked by the outermost call (below)
        options = dict(limit=limit, max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=seen, _hide=_hide)

        def capture(linked):
            return TracebackException(type(linked), linked, linked.__traceback__, **options)

        # The linked exceptions are captured from a stack, the last pushed first: which of
        # two paths to an exception shows its own links depends on that order, as in CPython.
        pending = [(self, exc_value)]
        while pending:
            te, exc = pending.pop()
            cause = getattr(exc, '__cause__', None)
            te.__cause__ = capture(cause) if cause is not None and id(cause) not in seen else None
            context = getattr(exc, '__context__', None)
            te.__context__ = (capture(context) if context is not None and id(context) not in seen
                              else None)
            if isinstance(exc, BaseExceptionGroup):
                te.exceptions = [capture(member) for member in exc.exceptions]
            if te.__cause__ is not None:
                pending.append((te.__cause__, cause))
            if te.__context__ is not None:
                pending.append((te.__context__, context))
            if te.exceptions is not None:
                pending.extend(zip(te.exceptions, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __str__(self):
        return 'None' if self._exc is None else str(self._exc)

    def _syntax_error_rows(self):
        yield '  File "%s", line %s\n' % (self.filename or '<string>', self.lineno)
        if self.text is not None:
            code = self.text.rstrip('\n')
            shown = code.lstrip(' \n\f')
            yield '    %s\n' % shown
            if self.offset is not None:
                column = self.offset - 1 - (len(code) - len(shown))
                if column >= 0:
                    yield '    %s^\n' % (' ' * column)
        yield '%s: %s\n' % (_type_label(self.exc_type), self.msg or '<no detail available>')

    def format_exception_only(self):
        if self.exc_type is not None and issubclass(self.exc_type, SyntaxError) \
                and self.lineno is not None:
            yield from self._syntax_error_rows()
        elif self._exc is None:
            yield '%s: None\n' % _type_label(self.exc_type)
        else:
            yield self._str + '\n'
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                yield '%s\n' % (note,)

    def _chain(self, chain):
        # (intro, exception) pairs, the first raised first; an intro is printed before
        # its exception and says how the exception printed above it led to it.
        pairs = []
        current = self
        while current is not None:
            earlier, intro = None, None
            if chain and current.__cause__ is not None:
                earlier, intro = current.__cause__, _INTRO_CAUSE
            elif chain and current.__context__ is not None and not current.__suppress_context__:
                earlier, intro = current.__context__, _INTRO_CONTEXT
            pairs.append((intro, current))
            current = earlier
        pairs.reverse()
        return pairs

    def format(self, *, chain=True, _ctx=None):
        ctx = _Margins() if _ctx is None else _ctx
        for intro, exc in self._chain(chain):
            if intro is not None:
                yield ctx.indented(intro)
            if exc.exceptions is None:
                if exc.stack:
                    yield ctx.indented('Traceback (most recent call last):\n')
                    for row in exc.stack.format():
                        yield ctx.indented(row)
                for row in exc.format_exception_only():
                    yield ctx.indented(row)
            elif ctx.depth > self.max_group_depth:
                yield ctx.indented('... (max_group_depth is %d)\n' % self.max_group_depth)
            else:
                yield from exc._format_group(chain, ctx)

    def _format_group(self, chain, ctx):
        # A group's own traceback and line, then each member in a numbered box; the
        # outermost group's first line is marked with "+" instead of "|".
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth += 1
        if self.stack:
            yield ctx.indented('Exception Group Traceback (most recent call last):\n',
                               '+' if outermost else '|')
            for row in self.stack.format():
                yield ctx.indented(row)
        for row in self.format_exception_only():
            yield ctx.indented(row)
        total = len(self.exceptions)
        shown = total if total <= self.max_group_width else self.max_group_width + 1
        ctx.need_close = False
        for k in range(shown):
            last = k == shown - 1
            if last:
                ctx.need_close = True
            cut = k >= self.max_group_width
            yield '%s%s+---------------- %s ----------------\n' % (
                '  ' * ctx.depth, '+-' if k == 0 else '  ', '...' if cut else k + 1)
            ctx.depth += 1
            if cut:
                more = total - self.max_group_width
                yield ctx.indented('and %d more exception%s\n' % (more, 's' if more > 1 else ''))
            else:
                yield from self.exceptions[k].format(chain=chain, _ctx=ctx)
            if last and ctx.need_close:
                yield '  ' * ctx.depth + '+------------------------------------\n'
                ctx.need_close = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        _emit(self.format(chain=chain), file)


class _Margins:
    """Where the text of nested exception groups goes: two columns per level and a bar."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indented(self, text, bar='|'):
        if not self.depth:
            return text
        prefix = '  ' * self.depth + bar + ' '
        return ''.join(prefix + line for line in text.splitlines(True))


def format_exception_only(exc, /, value=_MISSING):
    if value is _MISSING:
        value = exc
    return list(TracebackException(type(value), value, None).format_exception_only())


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    if value is _MISSING:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if tb is _MISSING:
        tb = value.__traceback__
    return list(TracebackException(type(value), value, tb, limit=limit).format(chain=chain))


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    _emit(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
