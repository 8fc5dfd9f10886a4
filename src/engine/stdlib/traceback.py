"""Print or format exceptions and their tracebacks like the interpreter does (heapscope)."""

# The entries come from the engine (_traceback.entries: filename, line, function name per
# frame, outermost first); source lines are shown for the main program (the engine keeps
# no source of other files). Deviation: no `^^^^` markers; no frame objects, so
# extract_stack/print_stack/walk_* are missing.

import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception', 'format_exception_only',
           'format_list', 'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_tb', 'print_list', 'FrameSummary', 'StackSummary',
           'TracebackException']

_SENTINEL = object()
_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def _limited(items, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


class StackSummary(list):

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        line = frame_summary.line
        if line:
            text += '    {}\n'.format(line)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if last is None or key != last:
                if count > 3:
                    n = count - 3
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        n, 's' if n > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame))
        if count > 3:
            n = count - 3
            result.append('  [Previous line repeated {} more time{}]\n'.format(n, 's' if n > 1 else ''))
        return result


def _summary_of(tb, limit=None, hide=None):
    # hide: a predicate on file names whose frames are left out (unittest hides its own).
    entries = _traceback.entries(tb)
    if hide is not None:
        entries = [e for e in entries if not hide(e[0])]
    return StackSummary(FrameSummary(f, n, name) for f, n, name in _limited(entries, limit))


def extract_tb(tb, limit=None):
    return _summary_of(tb, limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def _exc_value(exc, value):
    if value is _SENTINEL:
        return exc
    return value


class TracebackException:

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None, _hide=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc = exc_value
        self._str = _traceback.exception_line(exc_value) if exc_value is not None else None
        self.stack = _summary_of(exc_traceback, limit, _hide) if exc_traceback is not None else StackSummary()
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False if exc_value is None else exc_value.__suppress_context__
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, _seen=_seen, _hide=_hide)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__,
                                                      limit=limit, _seen=_seen, _hide=_hide)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return str(self._exc) if self._exc is not None else ''

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        if issubclass(self.exc_type, SyntaxError) and self.lineno is not None:
            stype = self.exc_type.__qualname__
            smod = self.exc_type.__module__
            if smod not in ("__main__", "builtins"):
                stype = smod + '.' + stype
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
            text = self.text
            if text is not None:
                rtext = text.rstrip('\n')
                ltext = rtext.lstrip(' \n\f')
                spaces = len(rtext) - len(ltext)
                yield '    {}\n'.format(ltext)
                if self.offset is not None:
                    caret = (self.offset - 1) - spaces
                    if caret >= 0:
                        yield '    {}^\n'.format(' ' * caret)
            yield "{}: {}\n".format(stype, self.msg or "<no detail available>")
        else:
            yield self._str + "\n"
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                yield str(note) + "\n"

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        while exc is not None:
            if chain:
                if exc.__cause__ is not None:
                    chained_msg = _CAUSE
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _CONTEXT
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
            else:
                output.append((None, exc))
                exc = None
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def format_exception_only(exc, /, value=_SENTINEL):
    if value is _SENTINEL:
        value = exc
    te = TracebackException(type(value), value, None)
    return list(te.format_exception_only())


def format_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, chain=True):
    value = _exc_value(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    if tb is _SENTINEL:
        tb = value.__traceback__
    te = TracebackException(type(value), value, tb, limit=limit)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_SENTINEL, tb=_SENTINEL, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
