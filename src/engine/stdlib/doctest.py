"""Run the interactive examples in docstrings and compare their output (heapscope).

    if __name__ == "__main__":
        import doctest
        doctest.testmod()

Output, messages and the summary follow CPython 3.11's doctest. Deviations: the
traceback of an unexpected exception does not show doctest's own frame (CPython shows
its doctest.py path there); testfile, DocFileSuite and the debugger are missing.

Layout of this file: option flags; the parser (text -> Example objects); the finder
(module -> DocTest objects); the checker (want vs got); the runner; the entry points.
"""

import sys
import re
import io
import builtins
import traceback
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'run_docstring_examples', 'DocTestSuite', 'TestResults',
]

TestResults = namedtuple('TestResults', 'failed attempted')


# ---- option flags -------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the bit of the flag NAME, giving it the next free bit on first use."""
    bit = OPTIONFLAGS_BY_NAME.get(name)
    if bit is None:
        bit = 1 << len(OPTIONFLAGS_BY_NAME)
        OPTIONFLAGS_BY_NAME[name] = bit
    return bit


def _bits(*names):
    return [register_optionflag(n) for n in names]


# The registration order fixes the bit values (1, 2, 4, ... 1024), as in CPython.
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE, ELLIPSIS, SKIP,
 IGNORE_EXCEPTION_DETAIL) = _bits('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
                                  'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
                                  'IGNORE_EXCEPTION_DETAIL')
(REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = _bits('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
                    'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')

COMPARISON_FLAGS = 0
for _bit in (DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
             ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL):
    COMPARISON_FLAGS |= _bit
REPORTING_FLAGS = 0
for _bit in (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST):
    REPORTING_FLAGS |= _bit
del _bit

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
_ANY_DIFF = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF


def _indent(text, width=4):
    # Shift every line that has content right by WIDTH spaces.
    pad = ' ' * width
    return '\n'.join(pad + ln if ln else ln for ln in text.split('\n'))


# ---- examples and tests ---------------------------------------------------------------

def _with_newline(s):
    return s if s.endswith('\n') else s + '\n'


class Example:
    """One example: its source, the expected output (want), and where it was found."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = _with_newline(source)
        self.want = _with_newline(want) if want else want
        self.exc_msg = None if exc_msg is None else _with_newline(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __hash__(self):
        return hash(self._key())


def _count(n, noun):
    if n == 0:
        return 'no %ss' % noun
    return '%d %s%s' % (n, noun, '' if n == 1 else 's')


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = dict(globs)
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, _count(len(self.examples), 'example'))

    def _fields(self):
        return (self.examples, self.docstring, self.globs, self.name, self.filename,
                self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = (self.name, self.filename, self.lineno or 0, id(self))
        theirs = (other.name, other.filename, other.lineno or 0, id(other))
        return mine < theirs


# ---- parser ---------------------------------------------------------------------------

_PROMPT = re.compile(r' *>>>')
_CONTINUATION = re.compile(r' *\.\.\.')
_TRACEBACK_HEADER = re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^'\"\n]*)$")


def _common_indent(lines):
    widths = [len(ln) - len(ln.lstrip(' ')) for ln in lines if ln.strip()]
    return min(widths) if widths else 0


def _is_code_free(source):
    # True when the source holds only blank lines and comments.
    return all(not ln.strip() or ln.strip().startswith('#') for ln in source.split('\n'))


def _expected_exception(want):
    # The "Type: message" part of a want that is a traceback, else None.
    rows = want.split('\n')
    if not _TRACEBACK_HEADER.match(rows[0]):
        return None
    for k in range(1, len(rows)):
        if rows[k][:1].isalnum() or rows[k][:1] == '_':
            return '\n'.join(rows[k:])
    return None


class _Block:
    # The lines of one example in a docstring: rows[first:stop] hold the prompt line,
    # then `n_source` - 1 continuation lines, then the expected output.
    def __init__(self, rows, first):
        self.first = first
        self.indent = rows[first].index('>')
        at = first + 1
        while at < len(rows) and _CONTINUATION.match(rows[at]):
            at += 1
        self.n_source = at - first
        while at < len(rows) and rows[at].strip() and not _PROMPT.match(rows[at]):
            at += 1
        self.stop = at
        self.source_rows = rows[first:first + self.n_source]
        self.want_rows = rows[first + self.n_source:at]


class DocTestParser:
    """Split a docstring into prose and Example objects."""

    def parse(self, string, name='<string>'):
        rows = string.expandtabs().split('\n')
        margin = _common_indent(rows)
        if margin:
            rows = [r[margin:] for r in rows]
        # Offsets of each row in the dedented text, to cut the prose between examples.
        text = '\n'.join(rows)
        starts = []
        pos = 0
        for r in rows:
            starts.append(pos)
            pos += len(r) + 1
        pieces = []
        prose_from = 0
        i = 0
        while i < len(rows):
            if not _PROMPT.match(rows[i]):
                i += 1
                continue
            block = _Block(rows, i)
            pieces.append(text[prose_from:starts[i]])
            example = self._example_from(block, margin, name)
            if example is not None:
                pieces.append(example)
            i = block.stop
            prose_from = starts[i] if i < len(rows) else len(text)
        pieces.append(text[prose_from:])
        return pieces

    def _example_from(self, block, margin, name):
        ind = block.indent
        self._require_space_after_prompt(block, name)
        for j, row in enumerate(block.source_rows[1:]):
            if not row.startswith(' ' * ind + '.'):
                self._whitespace_error(block.first + j + 1, name, row)
        for j, row in enumerate(block.want_rows):
            if not row.startswith(' ' * ind):
                self._whitespace_error(block.first + block.n_source + j + 1, name, row)
        source = '\n'.join(r[ind + 4:] for r in block.source_rows)
        want = ''.join(r[ind:] + '\n' for r in block.want_rows)
        options = self._find_options(source, name, block.first + 1)
        if _is_code_free(source):
            return None
        return Example(source, want, _expected_exception(want), lineno=block.first,
                       indent=margin + ind, options=options)

    def _require_space_after_prompt(self, block, name):
        ind = block.indent
        for j, row in enumerate(block.source_rows):
            if len(row) > ind + 3 and row[ind + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (block.first + j + 1, name, row[ind:ind + 3], row))

    def _whitespace_error(self, line, name, row):
        raise ValueError('line %r of the docstring for %s has inconsistent leading '
                         'whitespace: %r' % (line, name, row))

    def _find_options(self, source, name, lineno):
        found = {}
        for row in source.split('\n'):
            m = _DIRECTIVE.search(row)
            if m is None:
                continue
            for word in m.group(1).replace(',', ' ').split():
                sign, flag_name = word[:1], word[1:]
                if sign not in ('+', '-') or flag_name not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno, name, word))
                found[OPTIONFLAGS_BY_NAME[flag_name]] = sign == '+'
        if found and _is_code_free(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a '
                             'line with no example: %r' % (lineno - 1, name, source))
        return found

    def get_examples(self, string, name='<string>'):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


# ---- finder ---------------------------------------------------------------------------

_ROUTINE_TYPES = ('function', 'builtin_function_or_method', 'method',
                  'method_descriptor', 'wrapper_descriptor', 'method-wrapper')


def _is_module(obj):
    return isinstance(obj, type(sys))


def _is_routine(obj):
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return type(obj).__name__ in _ROUTINE_TYPES


def _home_module(obj):
    # The module object OBJ was defined in, when known.
    if _is_module(obj):
        return obj
    modname = getattr(obj, '__module__', None)
    return sys.modules.get(modname) if isinstance(modname, str) else None


def _file_of(module):
    path = getattr(module, '__file__', None)
    # The main program is named as given (sys.argv[0]), like heapscope's tracebacks;
    # its __file__ is the absolute path in the run's file system.
    if module.__name__ == '__main__' and sys.argv:
        path = sys.argv[0]
    return path or module.__name__


def _module_source_rows(module):
    if module is None:
        return None
    import _traceback
    text = _traceback.source(_file_of(module))
    return None if text is None else text.splitlines(True)


def _docstring_of(obj):
    if isinstance(obj, str):
        return obj
    if isinstance(obj, property) and obj.__doc__ is None and obj.fget is not None:
        # A property's doc is its getter's (the engine does not copy it).
        return obj.fget.__doc__ or ''
    try:
        doc = obj.__doc__
    except (TypeError, AttributeError):
        return ''
    if doc is None:
        return ''
    return doc if isinstance(doc, str) else str(doc)


_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


class DocTestFinder:
    """Collect the DocTests of an object and, recursively, of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when "
                                 "obj.__name__ doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _home_module(obj)
        if globs is not None:
            namespace = dict(globs)
        elif module is not None:
            namespace = dict(module.__dict__)
        else:
            namespace = {}
        if extraglobs is not None:
            namespace.update(extraglobs)
        namespace.setdefault('__name__', '__main__')
        walk = _FinderWalk(self, module, _module_source_rows(module), namespace)
        walk.visit(obj, name)
        return sorted(walk.found)

    def _belongs(self, module, obj):
        if module is None:
            return True
        home = _home_module(obj)
        if home is None:
            return isinstance(obj, property)
        return home is module

    def _test_for(self, obj, name, module, globs, source_rows):
        doc = _docstring_of(obj)
        lineno = self._line_of(obj, source_rows)
        if not doc and self._exclude_empty:
            return None
        filename = None if module is None else _file_of(module)
        return self._parser.get_doctest(doc, globs, name, filename, lineno)

    def _line_of(self, obj, source_rows):
        # The 0-based line where OBJ's docstring starts, or None.
        has_doc = getattr(obj, '__doc__', None) is not None
        start = None
        if _is_module(obj) and has_doc:
            start = 0
        if isinstance(obj, type) and has_doc:
            if source_rows is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            start = next((k for k, row in enumerate(source_rows) if header.match(row)), None)
        func = obj.__func__ if type(obj).__name__ == 'method' else obj
        if type(func).__name__ == 'function' and getattr(func, '__doc__', None):
            first = getattr(getattr(func, '__code__', None), 'co_firstlineno', None)
            if first is not None:
                start = first - 1
        if start is None:
            return None
        if source_rows is None:
            return start + 1
        for k in range(start, len(source_rows)):
            if _DOCSTRING_START.match(source_rows[k]):
                return k
        return None


class _FinderWalk:
    # One traversal of DocTestFinder.find: remembers what it has visited.
    def __init__(self, finder, module, source_rows, globs):
        self.finder = finder
        self.module = module
        self.source_rows = source_rows
        self.globs = globs
        self.visited = set()
        self.found = []

    def visit(self, obj, name):
        finder = self.finder
        if finder._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in self.visited:
            return
        self.visited.add(id(obj))
        test = finder._test_for(obj, name, self.module, self.globs, self.source_rows)
        if test is not None:
            self.found.append(test)
        if not finder._recurse:
            return
        if _is_module(obj):
            self._visit_module_members(obj, name)
        if isinstance(obj, type):
            self._visit_class_members(obj, name)

    def _visit_module_members(self, mod, name):
        for attr, value in list(mod.__dict__.items()):
            if (_is_routine(value) or isinstance(value, type)) and \
                    self.finder._belongs(self.module, value):
                self.visit(value, name + '.' + attr)
        for key, value in getattr(mod, '__test__', {}).items():
            if not isinstance(key, str):
                raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                 % (type(key),))
            acceptable = (_is_routine(value) or isinstance(value, (type, str))
                          or _is_module(value))
            if not acceptable:
                raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                 "functions, methods, classes, or modules: %r" % (type(value),))
            self.visit(value, '%s.__test__.%s' % (name, key))

    def _visit_class_members(self, cls, name):
        for attr, value in list(cls.__dict__.items()):
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            wanted = _is_routine(value) or isinstance(value, (type, property))
            if wanted and self.finder._belongs(self.module, value):
                self.visit(value, name + '.' + attr)


# ---- checker --------------------------------------------------------------------------

def _ellipsis_match(pattern, text):
    # Does TEXT match PATTERN where each "..." stands for any run of characters?
    parts = pattern.split(ELLIPSIS_MARKER)
    if len(parts) == 1:
        return pattern == text
    head, tail = parts[0], parts[-1]
    if len(head) + len(tail) > len(text):
        return False
    if not (text.startswith(head) and text.endswith(tail)):
        return False
    lo, hi = len(head), len(text) - len(tail)
    for middle in parts[1:-1]:
        at = text.find(middle, lo, hi)
        if at < 0:
            return False
        lo = at + len(middle)
    return True


_BLANKLINE_IN_WANT = re.compile(r'(?m)^' + re.escape(BLANKLINE_MARKER) + r'\s*?$')
_WHITESPACE_ROW = re.compile(r'(?m)^[^\S\n]+$')
_SPACES_ROW = re.compile(r'(?m)^[ ]*(?=\n)')


class OutputChecker:
    """Decides whether an example's actual output matches the expected one."""

    def check_output(self, want, got, optionflags):
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (want, got) in (('1\n', 'True\n'), ('0\n', 'False\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # From here on, "<BLANKLINE>" in want and whitespace-only lines in got are
            # both empty lines.
            want = _BLANKLINE_IN_WANT.sub('', want)
            got = _WHITESPACE_ROW.sub('', got)
            if want == got:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            want = ' '.join(want.split())
            got = ' '.join(got.split())
            if want == got:
                return True
        return bool(optionflags & ELLIPSIS) and _ellipsis_match(want, got)

    def _diff_kind(self, want, got, optionflags):
        # Which diff flag applies to this pair, or 0 for the plain Expected/Got report.
        # ndiff is used whatever the sizes; the other two only past two lines. When
        # several are asked for, unified beats context beats ndiff.
        wanted = optionflags & _ANY_DIFF
        long_enough = want.count('\n') > 2 and got.count('\n') > 2
        if not wanted or not (long_enough or wanted & REPORT_NDIFF):
            return 0
        for kind in (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF):
            if wanted & kind:
                return kind

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _SPACES_ROW.sub(BLANKLINE_MARKER, got)
        kind = self._diff_kind(want, got, optionflags)
        if kind:
            return self._diff_report(kind, want, got)
        if want:
            first = 'Expected:\n' + _indent(want)
        else:
            first = 'Expected nothing\n'
        if got:
            return first + 'Got:\n' + _indent(got)
        return first + 'Got nothing\n'

    def _diff_report(self, kind, want, got):
        import difflib
        a = want.splitlines(True)
        b = got.splitlines(True)
        if kind == REPORT_UDIFF:
            title = 'unified diff with -expected +actual'
            rows = list(difflib.unified_diff(a, b, n=2))[2:]
        elif kind == REPORT_CDIFF:
            title = 'context diff with expected followed by actual'
            rows = list(difflib.context_diff(a, b, n=2))[2:]
        else:
            title = 'ndiff with -expected +actual'
            rows = list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(a, b))
        body = ''.join(r.rstrip() + '\n' for r in rows)
        return 'Differences (%s):\n%s' % (title, _indent(body))


# ---- runner ---------------------------------------------------------------------------

class _Capture(io.StringIO):
    # Stands in for sys.stdout while an example runs.
    def take(self):
        # What was printed (ending in a newline if anything was), then empty the buffer.
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        if text and text[-1] != '\n':
            text += '\n'
        return text


def _format_traceback(exc_info):
    buf = io.StringIO()
    traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=buf)
    return buf.getvalue()


def _exception_name_only(msg):
    # "pkg.mod.Error: detail" -> "Error"
    before_colon = msg.split('\n', 1)[0].split(':', 1)[0]
    return before_colon.rsplit('.', 1)[-1]


_NOT_AN_EXPRESSION = object()


def _execute(source, globs):
    # Like the interactive prompt: an expression shows its value's repr (and binds it
    # to builtins._); a statement is just executed.
    try:
        value = eval(source, globs)
    except SyntaxError as err:
        if len(traceback.extract_tb(err.__traceback__)) > 1:
            raise  # raised by the code that ran, not by parsing it
        value = _NOT_AN_EXPRESSION
    if value is _NOT_AN_EXPRESSION:
        exec(source, globs)
    elif value is not None:
        builtins._ = value
        sys.stdout.write(repr(value) + '\n')


_PASSED, _FAILED, _RAISED = 'passed', 'failed', 'raised'


class DocTestRunner:
    """Runs DocTests, reports each failure, and keeps per-test totals."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._totals = {}  # test name -> (failed, tried)
        self._capture = _Capture()

    # -- reporting hooks (subclasses override these)

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._where(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._where(test, example) + 'Exception raised:\n' +
            _indent(_format_traceback(exc_info)))

    def _where(self, test, example):
        if not test.filename:
            location = 'Line %s, in %s' % (example.lineno + 1, test.name)
        else:
            known = test.lineno is not None and example.lineno is not None
            line = test.lineno + example.lineno + 1 if known else '?'
            location = 'File "%s", line %s, in %s' % (test.filename, line, test.name)
        return '%s\n%s\nFailed example:\n%s' % (self.DIVIDER, location,
                                                 _indent(example.source))

    # -- running

    def _flags_for(self, example, base):
        flags = base
        for bit, turn_on in example.options.items():
            flags = (flags | bit) if turn_on else (flags & ~bit)
        return flags

    def _judge(self, example, got, exc_info):
        # The outcome of one example, and the output to report.
        check = self._checker.check_output
        flags = self.optionflags
        if exc_info is None:
            return (_PASSED if check(example.want, got, flags) else _FAILED), got
        if example.exc_msg is None:
            return _RAISED, got
        actual = traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
        if check(example.exc_msg, actual, flags):
            return _PASSED, got
        if flags & IGNORE_EXCEPTION_DETAIL and check(_exception_name_only(example.exc_msg),
                                                     _exception_name_only(actual), flags):
            return _PASSED, got
        return _FAILED, got

    def _run_examples(self, test, out):
        base = self.optionflags
        failed = tried = 0
        for example in test.examples:
            # The flags still in force from the previous example decide quietness.
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failed > 0
            self.optionflags = self._flags_for(example, base)
            if self.optionflags & SKIP:
                continue
            tried += 1
            if not quiet:
                self.report_start(out, test, example)
            exc_info = None
            try:
                _execute(example.source, test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:
                exc_info = (type(exc), exc, exc.__traceback__)
            got = self._capture.take()
            if exc_info is not None and not quiet:
                got += _format_traceback(exc_info)
            outcome, got = self._judge(example, got, exc_info)
            if outcome != _PASSED:
                failed += 1
            if not quiet:
                if outcome == _PASSED:
                    self.report_success(out, test, example, got)
                elif outcome == _FAILED:
                    self.report_failure(out, test, example, got)
                else:
                    self.report_unexpected_exception(out, test, example, exc_info)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base
        self._add_totals(test.name, failed, tried)
        return TestResults(failed, tried)

    def _add_totals(self, name, failed, tried):
        old_failed, old_tried = self._totals.get(name, (0, 0))
        self._totals[name] = (old_failed + failed, old_tried + tried)
        self.failures += failed
        self.tries += tried

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        sys.stdout = self._capture
        try:
            return self._run_examples(test, out)
        finally:
            sys.stdout = real_stdout
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        empty = sorted(n for n, (f, t) in self._totals.items() if t == 0)
        clean = sorted((n, t) for n, (f, t) in self._totals.items() if t and not f)
        broken = sorted((n, ft) for n, ft in self._totals.items() if ft[1] and ft[0])
        all_tried = sum(t for f, t in self._totals.values())
        all_failed = sum(f for f, t in self._totals.values())
        if verbose and empty:
            print(len(empty), 'items had no tests:')
            for n in empty:
                print('   ', n)
        if verbose and clean:
            print(len(clean), 'items passed all tests:')
            for n, t in clean:
                print(' %3d tests in %s' % (t, n))
        if broken:
            print(self.DIVIDER)
            print(len(broken), 'items had failures:')
            for n, (f, t) in broken:
                print(' %3d of %3d in %s' % (f, t, n))
        if verbose:
            print(all_tried, 'tests in', len(self._totals), 'items.')
            print(all_tried - all_failed, 'passed and', all_failed, 'failed.')
        if all_failed:
            print('***Test Failed***', all_failed, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(all_failed, all_tried)

    def merge(self, other):
        for name, (f, t) in other._totals.items():
            mine_f, mine_t = self._totals.get(name, (0, 0))
            self._totals[name] = (mine_f + f, mine_t + t)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output does not match."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises an exception it did not expect."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        results = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return results

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)


# ---- entry points ---------------------------------------------------------------------

master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples in the docstrings of module M (default __main__)."""
    global master
    module = sys.modules.get('__main__') if m is None else m
    if not _is_module(module):
        raise TypeError('testmod: module required; %r' % (module,))
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    finder = DocTestFinder(exclude_empty=exclude_empty)
    found = finder.find(module, module.__name__ if name is None else name,
                        globs=globs, extraglobs=extraglobs)
    for test in found:
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Run the examples in F's own docstring (not those of its members)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in DocTestFinder(verbose=verbose, recurse=False).find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one test case per docstring that has examples."""
    import unittest
    if module is None:
        module = sys.modules['__main__']
    elif isinstance(module, str):
        module = sys.modules[module]
    finder = DocTestFinder() if test_finder is None else test_finder
    case_class = _doctest_case_class()
    suite = unittest.TestSuite()
    for test in sorted(finder.find(module, globs=globs, extraglobs=extraglobs)):
        if test.examples:
            suite.addTest(case_class(test, **options))
    return suite


def _define_case_class():
    import unittest

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
            unittest.TestCase.__init__(self)
            self._dt_test = test
            self._case_flags = optionflags
            self._case_checker = checker
            self._case_setup = setUp
            self._case_teardown = tearDown

        def setUp(self):
            if self._case_setup is not None:
                self._case_setup(self._dt_test)

        def tearDown(self):
            if self._case_teardown is not None:
                self._case_teardown(self._dt_test)
            self._dt_test.globs.clear()

        def runTest(self):
            report = io.StringIO()
            runner = DocTestRunner(optionflags=self._case_flags,
                                   checker=self._case_checker, verbose=False)
            # Inside a unittest report, examples are separated by dashes (CPython's look).
            runner.DIVIDER = '-' * 70
            failed, _ = runner.run(self._dt_test, out=report.write, clear_globs=False)
            if failed:
                raise self.failureException(self.format_failure(report.getvalue()))

        def format_failure(self, err):
            test = self._dt_test
            where = 'unknown line number' if test.lineno is None else str(test.lineno)
            short = test.name.rsplit('.', 1)[-1]
            return 'Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s' % (
                test.name, test.filename, where, short, err)

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            qual, _, last = self._dt_test.name.rpartition('.')
            return '%s (%s)' % (last, qual)

        __str__ = __repr__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    DocTestCase.__module__ = 'doctest'
    return DocTestCase


_case_class_cache = []


def _doctest_case_class():
    # Made on first use, so that importing doctest does not import unittest.
    if not _case_class_cache:
        _case_class_cache.append(_define_case_class())
    return _case_class_cache[0]


def __getattr__(name):
    if name == 'DocTestCase':
        return _doctest_case_class()
    raise AttributeError(f"module 'doctest' has no attribute '{name}'")
