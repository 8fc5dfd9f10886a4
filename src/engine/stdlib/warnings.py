"""Issue warnings and filter them: warn, filterwarnings, simplefilter, catch_warnings (heapscope)."""

# The message is "file:line: Category: text" plus the source line, written to
# sys.stderr like CPython's; the default filters are CPython 3.11's (DeprecationWarning
# shown only when triggered in __main__; Pending/Import/ResourceWarning ignored).

import sys
import re
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

import builtins as _builtins

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
]
# The engine may lack some of the rarer warning classes: filter the ones it has.
for _name in ("PendingDeprecationWarning", "ImportWarning", "ResourceWarning"):
    _cat = getattr(_builtins, _name, None)
    if _cat is not None:
        filters.append(('ignore', None, _cat, None, 0))
del _name, _cat
defaultaction = 'default'
onceregistry = {}
_registries = {}
_filters_version = [1]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        shown = (self.message, self._category_name, self.filename, self.lineno, self.line)
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % shown


def formatwarning(message, category, filename, lineno, line=None):
    head = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    source = _traceback.line(filename, lineno) if line is None else line
    return head + "  %s\n" % source.strip() if source else head


def showwarning(message, category, filename, lineno, file=None, line=None):
    target = sys.stderr if file is None else file
    if target is None:
        return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        target.write(text)
    except OSError:
        pass  # a closed or broken stream loses the warning, as in CPython


def _show(msg):
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _require(condition, complaint):
    # CPython checks these arguments with assert statements: the error is an AssertionError.
    if not condition:
        raise AssertionError(complaint)


def _check_action_and_line(action, lineno):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _require(action in _ACTIONS, "invalid action: %r" % (action,))
    _require(isinstance(message, str), "message must be a string")
    _require(_is_warning_class(category), "category must be a Warning subclass")
    _require(isinstance(module, str), "module must be a string")
    _check_action_and_line(action, lineno)
    text_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _install((action, text_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action_and_line(action, lineno)
    _install((action, None, category, None, lineno), append)


def _is_warning_class(candidate):
    return isinstance(candidate, type) and issubclass(candidate, Warning)


def _install(entry, at_end):
    # New filters go first (and move an equal one to the front); appended ones are
    # added only when not already present.
    if at_end:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_version[0] += 1


def resetwarnings():
    filters[:] = []
    _filters_version[0] += 1


def _module_name(filename):
    if filename.startswith("<frozen ") and filename.endswith(">"):
        return filename[8:-1]
    if sys.argv and filename == sys.argv[0]:
        return "__main__"
    name = filename.rsplit("/", 1)[-1]
    return name[:-3] if name.endswith(".py") else name


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not _is_warning_class(category):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    frames = _traceback.stack()
    # frames[0] is warn() itself; stacklevel 1 is its caller.
    if 0 < stacklevel < len(frames):
        filename, lineno, _name = frames[stacklevel]
        module = _module_name(filename)
    else:
        filename, lineno, module = "sys", 1, "sys"
    registry = _registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _matches(pattern, value):
    # A filter field is None (anything), a string (equal), or a compiled pattern.
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == value
    return pattern.match(value) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = _module_from_filename(filename)
    if registry is None:
        registry = {}
    # A registry remembers what was shown under one generation of the filter list.
    if registry.get('version', 0) != _filters_version[0]:
        registry.clear()
        registry['version'] = _filters_version[0]
    if isinstance(message, Warning):
        text, category, instance = str(message), type(message), message
    else:
        text, instance = message, category(message)
    if registry.get((text, category, lineno)):
        return
    action, entry = _choose_action(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise instance
    if action not in _SHOW_RULES:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, entry))
    if _SHOW_RULES[action](registry, text, category, lineno):
        _show(WarningMessage(instance, category, filename, lineno, source=source))


def _module_from_filename(filename):
    name = filename or "<unknown>"
    return name[:-3] if name[-3:].lower() == ".py" else name


def _choose_action(text, category, module, lineno):
    for entry in filters:
        verb, text_pattern, wanted, module_pattern, only_line = entry
        if not issubclass(category, wanted):
            continue
        if only_line and only_line != lineno:
            continue
        if _matches(text_pattern, text) and _matches(module_pattern, module):
            return verb, entry
    return defaultaction, None


# action -> function(registry, text, category, lineno) that notes the warning and says
# whether to show it this time.
def _show_always(registry, text, category, lineno):
    return True


def _show_first_at_line(registry, text, category, lineno):
    registry[(text, category, lineno)] = 1
    return True


def _show_first_in_module(registry, text, category, lineno):
    registry[(text, category, lineno)] = 1
    anywhere_in_module = (text, category, 0)
    if registry.get(anywhere_in_module):
        return False
    registry[anywhere_in_module] = 1
    return True


def _show_first_ever(registry, text, category, lineno):
    registry[(text, category, lineno)] = 1
    everywhere = (text, category)
    if onceregistry.get(everywhere):
        return False
    onceregistry[everywhere] = 1
    return True


_SHOW_RULES = {"always": _show_always, "default": _show_first_at_line,
               "module": _show_first_in_module, "once": _show_first_ever}


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = list(filters)
        self._saved_show = showwarning
        _filters_version[0] += 1
        wanted = self._filter
        if wanted is not None:
            simplefilter(wanted[0], wanted[1], wanted[2], wanted[3])
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._saved_filters
        _filters_version[0] += 1
        showwarning = self._saved_show
