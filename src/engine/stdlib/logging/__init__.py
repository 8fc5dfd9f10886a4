"""Logging: loggers in a dotted hierarchy, handlers, formatters, basicConfig (heapscope).

Records go to streams the program owns (sys.stderr by default, or any object with
write()); there are no files, sockets or threads. Times come from the run's clock.

Layout: the level table, the record, the three format styles and Formatter, filters and
handlers, the logger tree (a registry of names -> Logger or a _Pending stand-in for a
name only seen as a prefix), then the module-level shortcuts that act on the root.
"""

import sys
import time
import io
import _traceback

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'Filter', 'Formatter',
           'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig', 'critical',
           'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName', 'getLogger',
           'info', 'log', 'makeLogRecord', 'root', 'setLoggerClass', 'shutdown', 'warn',
           'warning', 'getLoggerClass', 'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

# ---- levels -------------------------------------------------------------------------

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

# Two views of one table: number -> display name, and every accepted name -> number
# (FATAL and WARN are aliases that only appear in the second).
_name_of_level = {}
_level_of_name = {'FATAL': FATAL, 'WARN': WARNING}
for _lv, _nm in ((CRITICAL, 'CRITICAL'), (ERROR, 'ERROR'), (WARNING, 'WARNING'),
                 (INFO, 'INFO'), (DEBUG, 'DEBUG'), (NOTSET, 'NOTSET')):
    _name_of_level[_lv] = _nm
    _level_of_name[_nm] = _lv
del _lv, _nm

raiseExceptions = True
# Records carry fixed thread/process fields (a run has one of each); these switches
# exist for programs that set them.
logThreads = logMultiprocessing = logProcesses = True
_load_time = time.time()


def getLevelNamesMapping():
    return dict(_level_of_name)


def getLevelName(level):
    # Works both ways, as documented: a number gives its name, a name its number.
    for table in (_name_of_level, _level_of_name):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    _name_of_level[level] = levelName
    _level_of_name[levelName] = level


def _as_level_number(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        try:
            return _level_of_name[level]
        except KeyError:
            raise ValueError("Unknown level: %r" % level) from None
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---- records ------------------------------------------------------------------------

class LogRecord:
    """One logging event, with every attribute a format string may name."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        # A lone non-empty mapping argument is used for '%(key)s' style messages.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        base = pathname.rsplit('/', 1)[-1]
        fields = self.__dict__
        fields.update(name=name, msg=msg, args=args, levelname=getLevelName(level),
                      levelno=level, pathname=pathname, filename=base,
                      module=base.rsplit('.', 1)[0], exc_info=exc_info, exc_text=None,
                      stack_info=sinfo, lineno=lineno, funcName=func, created=now,
                      msecs=float(int((now - int(now)) * 1000)),
                      relativeCreated=(now - _load_time) * 1000,
                      thread=1, threadName='MainThread', processName='MainProcess',
                      process=1, taskName=None)

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


def makeLogRecord(dict):
    record = LogRecord(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- format styles ------------------------------------------------------------------

class PercentStyle:
    # (format used when none is given, asctime as a field, text that reveals asctime)
    default_format, asctime_format, asctime_search = '%(message)s', '%(asctime)s', '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt, self._defaults = (fmt or self.default_format), defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        pass

    def _fields(self, record):
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _format(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            text = self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)
        return text


class StrFormatStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '{message}', '{asctime}', '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._fields(record))


class StringTemplateStyle(PercentStyle):
    default_format, asctime_format, asctime_search = '${message}', '${asctime}', '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        import string
        self._template = string.Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def _format(self, record):
        return self._template.substitute(**dict(self._fields(record)))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"
# style character -> (style class, basicConfig's default format in that style)
_STYLES = {'%': (PercentStyle, BASIC_FORMAT)}
_STYLES['{'] = (StrFormatStyle, "{levelname}:{name}:{message}")
_STYLES['$'] = (StringTemplateStyle, "${levelname}:${name}:${message}")


def _style_entry(style):
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES))
    return _STYLES[style]


def _joined(head, tail):
    # Appends a block on its own line, as Formatter.format does for tracebacks/stacks.
    if head[-1:] != "\n":
        head += "\n"
    return head + tail


class Formatter:
    default_time_format, default_msec_format = '%Y-%m-%d %H:%M:%S', '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        style_class = _style_entry(style)[0]
        chosen = style_class(fmt, defaults=defaults)
        self._style, self._fmt, self.datefmt = chosen, chosen._fmt, datefmt

    def formatTime(self, record, datefmt=None):
        import datetime
        moment = datetime.datetime.fromtimestamp(record.created)
        if datefmt:
            return moment.strftime(datefmt)
        text = moment.strftime(self.default_time_format)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        import traceback
        buffer = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, buffer)
        text = buffer.getvalue()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        style = self._style
        return style.usesTime()

    def formatMessage(self, record):
        style = self._style
        return style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        fields = record.__dict__
        fields['message'] = record.getMessage()
        if self.usesTime():
            fields['asctime'] = self.formatTime(record, self.datefmt)
        out = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            fields['exc_text'] = self.formatException(record.exc_info)
        if record.exc_text:
            out = _joined(out, record.exc_text)
        if record.stack_info:
            out = _joined(out, self.formatStack(record.stack_info))
        return out


_defaultFormatter = Formatter(None)


class BufferingFormatter:
    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def format(self, records):
        line = self.linefmt.format
        return ''.join([line(one) for one in records])


# ---- filters ------------------------------------------------------------------------

class Filter:
    """Passes records of the logger called `name` and of its descendants."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        prefix = self.name
        if not prefix:
            return True
        origin = record.name
        return origin == prefix or origin.startswith(prefix + ".")


def _add_once(items, item):
    if item not in items:
        items.append(item)


def _discard(items, item):
    if item in items:
        items.remove(item)


def _set_level(owner, level):
    owner.level = _as_level_number(level)


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        _add_once(self.filters, filter)

    def removeFilter(self, filter):
        _discard(self.filters, filter)

    def filter(self, record):
        # Each filter is an object with .filter() or a plain callable; a falsy answer
        # drops the record, a LogRecord answer replaces it for the following filters.
        current = record
        for check in self.filters:
            method = getattr(check, 'filter', None)
            verdict = method(current) if method is not None else check(current)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                current = verdict
        return current


# ---- handlers -----------------------------------------------------------------------

class Handler(Filterer):
    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _as_level_number(level)
        self.formatter = None

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = name

    name = property(get_name, set_name)

    # No threads in a run, so the lock protocol has nothing to do.
    def createLock(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    setLevel = _set_level

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        outcome = self.filter(record)
        if outcome:
            self.emit(outcome if isinstance(outcome, LogRecord) else record)
        return outcome

    def flush(self):
        pass

    def close(self):
        pass

    def handleError(self, record):
        if not raiseExceptions:
            return
        import traceback
        err = sys.stderr
        err.write('--- Logging error ---\n')
        traceback.print_exception(*sys.exc_info(), None, err)
        err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        target = self.stream
        if target and hasattr(target, "flush"):
            target.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        previous = self.stream
        if stream is previous:
            return None
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label = label + ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        raise OSError("heapscope: logging to files is not available")


class _CurrentStderrHandler(StreamHandler):
    # Writes to whatever sys.stderr is at emit time (the program may replace it).
    def __init__(self, level=NOTSET):
        super(StreamHandler, self).__init__(level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = lastResort = _CurrentStderrHandler(WARNING)


class NullHandler(Handler):
    def handle(self, record):
        pass

    def emit(self, record):
        pass


# ---- the logger tree ----------------------------------------------------------------

class PlaceHolder:
    """Stands for a dotted name that is only known as the prefix of real loggers."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None


def setLoggerClass(klass):
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


def _dotted_prefixes(name):
    # 'a.b.c' -> 'a.b', 'a' (nearest first)
    parts = name.split('.')
    for cut in range(len(parts) - 1, 0, -1):
        yield '.'.join(parts[:cut])


class Manager:
    def __init__(self, rootnode):
        self.root, self.disable, self.loggerDict = rootnode, 0, {}
        self.loggerClass = self.logRecordFactory = None
        self.emittedNoHandlerWarning = False

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        known = self.loggerDict.get(name)
        if known is not None and not isinstance(known, PlaceHolder):
            return known
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if known is not None:
            self._adopt_children(known, made)
        self._attach_to_parent(made)
        return made

    def _attach_to_parent(self, node):
        # The parent is the nearest registered ancestor; names between get stand-ins
        # that remember this node, so a logger created for them later can adopt it.
        parent = None
        for prefix in _dotted_prefixes(node.name):
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(node)
            elif isinstance(entry, PlaceHolder):
                entry.append(node)
            else:
                parent = entry
                break
        node.parent = parent if parent is not None else self.root

    def _adopt_children(self, stand_in, node):
        for child in stand_in.loggerMap:
            if not child.parent.name.startswith(node.name):
                node.parent = child.parent
                child.parent = node

    def _clear_cache(self):
        pass


def _exception_triple(exc_info):
    # exc_info may be an exception, a ready (type, value, tb) tuple, or any true value
    # meaning "the exception being handled now".
    if not exc_info or isinstance(exc_info, tuple):
        return exc_info
    if isinstance(exc_info, BaseException):
        return type(exc_info), exc_info, exc_info.__traceback__
    return sys.exc_info()


def _level_method(levelno, doc_name):
    def emit_at_level(self, msg, *args, **kwargs):
        if self.isEnabledFor(levelno):
            self._log(levelno, msg, args, **kwargs)
    emit_at_level.__name__ = doc_name
    return emit_at_level


class Logger(Filterer):
    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _as_level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    setLevel = _set_level

    debug = _level_method(DEBUG, 'debug')
    info = _level_method(INFO, 'info')
    warning = _level_method(WARNING, 'warning')
    error = _level_method(ERROR, 'error')
    critical = _level_method(CRITICAL, 'critical')
    fatal = critical

    warn = warning

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # The frames of this module are compiled as '<frozen logging...>' and skipped.
        remaining = stacklevel
        for filename, lineno, funcname in _traceback.stack():
            if filename.startswith("<frozen logging"):
                continue
            remaining -= 1
            if remaining <= 0:
                return filename, lineno, funcname, None
        return "(unknown file)", 0, "(unknown function)", None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = LogRecord(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra or ()):
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        where = self.findCaller(stack_info, stacklevel)
        self.handle(self.makeRecord(self.name, level, where[0], where[1], msg, args,
                                    _exception_triple(exc_info), where[2], extra, where[3]))

    def handle(self, record):
        if self.disabled:
            return
        outcome = self.filter(record)
        if outcome:
            self.callHandlers(outcome if isinstance(outcome, LogRecord) else record)

    def addHandler(self, hdlr):
        _add_once(self.handlers, hdlr)

    def removeHandler(self, hdlr):
        _discard(self.handlers, hdlr)

    def _chain(self):
        # This logger, then its ancestors for as long as propagation continues.
        node = self
        while node:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        seen = 0
        for node in self._chain():
            for hdlr in node.handlers:
                seen += 1
                if hdlr.level <= record.levelno:
                    hdlr.handle(record)
        if not seen:
            self._no_handler_found(record)

    def _no_handler_found(self, record):
        # The last-resort handler (stderr, WARNING and up) stands in; if the program
        # removed it, a one-time notice is printed instead.
        fallback = lastResort
        if fallback:
            if fallback.level <= record.levelno:
                fallback.handle(record)
            return
        manager = self.manager
        if raiseExceptions and not manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or level <= self.manager.disable:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__("root", level)


_loggerClass = Logger


def _adapter_method(levelno):
    def at_level(self, msg, *args, **kwargs):
        self.log(levelno, msg, *args, **kwargs)
    return at_level


def _forwarded(method_name):
    def to_logger(self, *args):
        return getattr(self.logger, method_name)(*args)
    to_logger.__name__ = method_name
    return to_logger


class LoggerAdapter:
    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        # Documented behaviour: the adapter's extra replaces any extra of the call.
        kwargs['extra'] = self.extra
        return msg, kwargs

    debug = _adapter_method(DEBUG)
    info = _adapter_method(INFO)
    warning = _adapter_method(WARNING)
    error = _adapter_method(ERROR)
    critical = _adapter_method(CRITICAL)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        text, options = self.process(msg, kwargs)
        self.logger.log(level, text, *args, **options)

    # Questions about levels and handlers are answered by the wrapped logger.
    isEnabledFor = _forwarded('isEnabledFor')
    setLevel = _forwarded('setLevel')
    getEffectiveLevel = _forwarded('getEffectiveLevel')
    hasHandlers = _forwarded('hasHandlers')


root = Logger.root = RootLogger(WARNING)
Logger.manager = Manager(root)


# ---- module-level configuration and shortcuts ---------------------------------------

def _handlers_for_config(options):
    given = options.pop("handlers", None)
    has_target = "stream" in options or "filename" in options
    if given is not None:
        if has_target:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        return given
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    filemode = options.pop("filemode", 'a')
    if filename:
        return [FileHandler(filename, filemode)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    options = dict(kwargs)
    for ignored in ('encoding', 'errors'):
        options.pop(ignored, None)
    if options.pop('force', False):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = _handlers_for_config(options)
    datefmt = options.pop("datefmt", None)
    style = options.pop("style", '%')
    default_format = _style_entry(style)[1]
    shared = Formatter(options.pop("format", default_format), datefmt, style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(shared)
        root.addHandler(hdlr)
    level = options.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(options))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return root.manager.getLogger(name)


def _on_root(method_name):
    # The module functions configure a default handler on first use, then delegate.
    def shortcut(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method_name)(msg, *args, **kwargs)
    shortcut.__name__ = method_name
    return shortcut


debug = _on_root('debug')
info = _on_root('info')
warning = _on_root('warning')
error = _on_root('error')
critical = _on_root('critical')
fatal = critical
warn = warning


def exception(msg, *args, exc_info=True, **kwargs):
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    Logger.manager.disable = level


def shutdown(handlerList=None):
    for hdlr in list(root.handlers):
        hdlr.flush()


def captureWarnings(capture):
    pass


def getLogRecordFactory():
    return LogRecord


def setLogRecordFactory(factory):
    pass
