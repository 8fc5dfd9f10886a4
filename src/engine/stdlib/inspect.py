"""Inspect live objects: type predicates, getmembers, signature, getdoc, getsource (heapscope)."""

# Written for heapscope from the documented behaviour of CPython 3.11's inspect module.
# Frames are the engine's frame views (sys._getframe): stack() gives FrameInfo rows with
# them, currentframe() the caller's. getsource() reads the source the engine keeps.

import sys
import types
from collections import OrderedDict, namedtuple

# Code-object flag bits (values are part of the documented API).
CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512


# ---------------------------------------------------------------- predicates

def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def _code_has(fn, bit):
    """True when fn (after peeling bound methods and partials) is a function whose code has `bit`."""
    fn = _peel_callable(fn)
    return isfunction(fn) and bool(fn.__code__.co_flags & bit)


def _peel_callable(fn):
    partial_cls = _partial_type()
    while True:
        if ismethod(fn):
            fn = fn.__func__
        elif partial_cls is not None and isinstance(fn, partial_cls):
            fn = fn.func
        else:
            return fn


def _partial_type():
    ft = sys.modules.get('functools')
    return getattr(ft, 'partial', None) if ft is not None else None


def isgeneratorfunction(obj):
    return _code_has(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _code_has(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _code_has(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    if iscoroutine(obj) or hasattr(type(obj), '__await__'):
        return True
    return isgenerator(obj) and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    kind = type(obj)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def ismemberdescriptor(obj):
    return isinstance(obj, types.MemberDescriptorType)


def isgetsetdescriptor(obj):
    return isinstance(obj, types.GetSetDescriptorType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def isabstract(obj):
    return isclass(obj) and bool(getattr(obj, '__abstractmethods__', False))


# ---------------------------------------------------------------- members, docs, modules

def getmembers(obj, predicate=None):
    """(name, value) pairs of dir(obj), sorted by name; class attributes whose getattr
    fails are looked up in the __dict__ of the classes of the MRO instead."""
    lookup_chain = obj.__mro__ if isclass(obj) else ()
    found = {}
    for name in dir(obj):
        if name in found:
            continue
        try:
            value = getattr(obj, name)
        except AttributeError:
            holders = [klass for klass in lookup_chain if name in klass.__dict__]
            if not holders:
                continue
            value = holders[0].__dict__[name]
        if predicate is None or predicate(value):
            found[name] = value
    return sorted(found.items(), key=lambda item: item[0])


def getmro(cls):
    return cls.__mro__


def getmodule(obj, _filename=None):
    if ismodule(obj):
        return obj
    modname = getattr(obj, '__module__', None)
    return None if modname is None else sys.modules.get(modname)


def unwrap(func, *, stop=None):
    current = func
    visited = set()
    while hasattr(current, '__wrapped__'):
        if stop is not None and stop(current):
            break
        visited.add(id(current))
        current = current.__wrapped__
        if id(current) in visited:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
    return current


def cleandoc(doc):
    """Strip the indentation common to the lines after the first, and blank edge lines."""
    rows = doc.expandtabs().split('\n')
    rows[0] = rows[0].lstrip()
    widths = [len(r) - len(r.lstrip()) for r in rows[1:] if r.strip()]
    if widths:
        cut = min(widths)
        rows[1:] = [r[cut:] for r in rows[1:]]
    first = 0
    while first < len(rows) and not rows[first]:
        first += 1
    last = len(rows)
    while last > first and not rows[last - 1]:
        last -= 1
    return '\n'.join(rows[first:last])


def getdoc(obj):
    try:
        text = obj.__doc__
    except AttributeError:
        return None
    if text is None and isclass(obj):
        for ancestor in obj.__mro__[1:]:
            if ancestor is object:
                continue
            inherited = ancestor.__dict__.get('__doc__')
            if isinstance(inherited, str):
                text = inherited
                break
    return cleandoc(text) if isinstance(text, str) else None


def getcomments(obj):
    return None


# ---------------------------------------------------------------- source

def getfile(obj):
    if ismodule(obj):
        path = getattr(obj, '__file__', None)
        if path is not None:
            return path
        if obj.__name__ == '__main__' and sys.argv:
            return sys.argv[0]
        raise TypeError(f'{obj!r} is a built-in module')
    if isclass(obj):
        home = sys.modules.get(obj.__module__)
        if home is None:
            raise TypeError(f'{obj!r} is a built-in class')
        return getfile(home)
    target = obj.__func__ if ismethod(obj) else obj
    if isfunction(target):
        return target.__code__.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or code object '
                    f'was expected, got {type(obj).__name__}')


getsourcefile = getfile


def _indent_of(line):
    return len(line) - len(line.lstrip())


def _class_start(lines, name):
    import re
    header = re.compile(r'\s*class\s+' + re.escape(name) + r'\b')
    for index, text in enumerate(lines):
        if header.match(text):
            return index
    raise OSError('could not find class definition')


def _block_end(lines, start):
    """Index just past the block whose header (after any decorators) begins at `start`."""
    cursor = start
    while cursor < len(lines) and lines[cursor].lstrip().startswith('@'):
        cursor += 1
    base = _indent_of(lines[start])
    cursor += 1
    last_code = cursor
    while cursor < len(lines):
        text = lines[cursor]
        if text.strip():
            if _indent_of(text) <= base:
                break
            last_code = cursor + 1
        cursor += 1
    return last_code


def getsourcelines(obj):
    import _traceback
    obj = unwrap(obj)
    text = _traceback.source(getfile(obj))
    if text is None:
        raise OSError('could not get source code')
    lines = text.splitlines(True)
    if ismodule(obj):
        return lines, 0
    if isclass(obj):
        start = _class_start(lines, obj.__name__)
    else:
        func = obj.__func__ if ismethod(obj) else obj
        start = func.__code__.co_firstlineno - 1
        while start > 0 and lines[start - 1].lstrip().startswith('@'):
            start -= 1
    return lines[start:_block_end(lines, start)], start + 1


def getsource(obj):
    return ''.join(getsourcelines(obj)[0])


# ---------------------------------------------------------------- parameters

class _void:
    """Default meaning 'argument not given' for the replace() methods."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    """The five parameter kinds: an int with a name and a description, like an IntEnum member."""

    def __new__(cls, number, label, description):
        member = int.__new__(cls, number)
        member._label = label
        member.description = description
        return member

    name = property(lambda self: self._label)
    value = property(lambda self: int(self))

    def __str__(self):
        return self._label

    def __repr__(self):
        return f'<_ParameterKind.{self._label}: {int(self)}>'


_KINDS = tuple(_ParameterKind(i, label, text) for i, (label, text) in enumerate([
    ('POSITIONAL_ONLY', 'positional-only'),
    ('POSITIONAL_OR_KEYWORD', 'positional or keyword'),
    ('VAR_POSITIONAL', 'variadic positional'),
    ('KEYWORD_ONLY', 'keyword-only'),
    ('VAR_KEYWORD', 'variadic keyword'),
]))
_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _KINDS
_STARRED = (_VAR_POSITIONAL, _VAR_KEYWORD)
_POSITIONAL = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        owner = annotation.__module__
        if owner == 'builtins' or owner == base_module:
            return annotation.__qualname__
        return f'{owner}.{annotation.__qualname__}'
    return repr(annotation)


class Parameter:
    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY, POSITIONAL_OR_KEYWORD, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD = _KINDS
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in range(5):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        kind = _KINDS[kind]
        if kind in _STARRED and default is not _empty:
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name, self._kind = name, kind
        self._default, self._annotation = default, annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        def pick(given, current):
            return current if given is _void else given
        return type(self)(pick(name, self._name), pick(kind, self._kind),
                          default=pick(default, self._default),
                          annotation=pick(annotation, self._annotation))

    def __str__(self):
        text = self._name
        annotated = self._annotation is not _empty
        if annotated:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            text += (' = ' if annotated else '=') + repr(self._default)
        prefix = {_VAR_POSITIONAL: '*', _VAR_KEYWORD: '**'}.get(self._kind, '')
        return prefix + text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def _key(self):
        return (self._name, self._kind, self._default, self._annotation)

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return self is other or self._key() == other._key()


# ---------------------------------------------------------------- bound arguments

class BoundArguments:
    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        """Walk the parameters once; return (positional values, keyword dict)."""
        positional, keywords = [], {}
        by_position = True
        for pname, param in self._signature.parameters.items():
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                by_position = False
            present = pname in self.arguments
            if by_position and not present:
                # a gap: what follows can no longer be passed by position
                by_position = False
                continue
            if not present:
                continue
            value = self.arguments[pname]
            if by_position:
                if param.kind == _VAR_POSITIONAL:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif param.kind == _VAR_KEYWORD:
                keywords.update(value)
            elif param.kind != _VAR_POSITIONAL:
                keywords[pname] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        filled = {}
        for pname, param in self._signature.parameters.items():
            if pname in self.arguments:
                filled[pname] = self.arguments[pname]
            elif param.default is not _empty:
                filled[pname] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[pname] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[pname] = {}
        self.arguments = filled

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self is other or (self.signature == other.signature
                                 and self.arguments == other.arguments)

    def __repr__(self):
        shown = ', '.join(f'{k}={v!r}' for k, v in self.arguments.items())
        return f'<{type(self).__name__} ({shown})>'


# ---------------------------------------------------------------- signatures

class Signature:
    __slots__ = ('_return_annotation', '_parameters')

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        table = OrderedDict()
        for param in parameters or ():
            if param.name in table:
                raise ValueError(f'duplicate parameter name: {param.name!r}')
            table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return signature(obj, follow_wrapped=follow_wrapped)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        params = self._parameters.values() if parameters is _void else parameters
        ret = self._return_annotation if return_annotation is _void else return_annotation
        return type(self)(params, return_annotation=ret)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        if self is other:
            return True
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial):
        # Messages follow CPython's; the checks run in the same order it reports them.
        named = dict(kwargs)
        queue = list(args)
        bound = {}
        catch_all = None
        for param in self._parameters.values():
            kind, pname = param.kind, param.name
            if kind in (_KEYWORD_ONLY, _VAR_KEYWORD) and queue:
                raise TypeError('too many positional arguments')
            if kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if kind == _VAR_POSITIONAL:
                if queue:
                    bound[pname] = tuple(queue)
                    queue = []
                continue
            if kind in _POSITIONAL and queue:
                if kind == _POSITIONAL_OR_KEYWORD and pname in named:
                    raise TypeError(f'multiple values for argument {pname!r}')
                bound[pname] = queue.pop(0)
                continue
            if pname in named:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{pname!r} parameter is positional only, '
                                    'but was passed as a keyword')
                bound[pname] = named.pop(pname)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {pname!r}')
        if queue:
            raise TypeError('too many positional arguments')
        if named:
            if catch_all is None:
                raise TypeError(f'got an unexpected keyword argument {next(iter(named))!r}')
            bound[catch_all.name] = named
        return BoundArguments(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        pieces = []
        kinds = [p.kind for p in self._parameters.values()]
        star_written = _VAR_POSITIONAL in kinds
        for index, param in enumerate(self._parameters.values()):
            if param.kind == _KEYWORD_ONLY and not star_written:
                pieces.append('*')
                star_written = True
            pieces.append(str(param))
            after = kinds[index + 1] if index + 1 < len(kinds) else None
            if param.kind == _POSITIONAL_ONLY and after != _POSITIONAL_ONLY:
                pieces.append('/')
        text = '(' + ', '.join(pieces) + ')'
        if self._return_annotation is not _empty:
            text += ' -> ' + formatannotation(self._return_annotation)
        return text


def _function_signature(func):
    """Build the Signature of a Python function from its code object and defaults."""
    code = func.__code__
    notes = getattr(func, '__annotations__', None) or {}
    names = code.co_varnames
    n_pos, n_posonly, n_kwonly = code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount
    pos_defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    first_defaulted = n_pos - len(pos_defaults)

    def make(pname, kind, default=_empty):
        return Parameter(pname, kind, default=default, annotation=notes.get(pname, _empty))

    params = []
    for i, pname in enumerate(names[:n_pos]):
        kind = _POSITIONAL_ONLY if i < n_posonly else _POSITIONAL_OR_KEYWORD
        default = pos_defaults[i - first_defaulted] if i >= first_defaulted else _empty
        params.append(make(pname, kind, default))
    slot = n_pos + n_kwonly
    if code.co_flags & CO_VARARGS:
        params.append(make(names[slot], _VAR_POSITIONAL))
        slot += 1
    for pname in names[n_pos:n_pos + n_kwonly]:
        params.append(make(pname, _KEYWORD_ONLY, kw_defaults.get(pname, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        params.append(make(names[slot], _VAR_KEYWORD))
    return Signature(params, return_annotation=notes.get('return', _empty))


def _without_self(sig):
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _partial_signature(part):
    inner = signature(part.func)
    remaining = list(inner.parameters.values())[len(part.args):]
    adjusted = []
    for param in remaining:
        if param.name in part.keywords:
            kind = param.kind if param.kind == _VAR_KEYWORD else _KEYWORD_ONLY
            param = param.replace(default=part.keywords[param.name], kind=kind)
        adjusted.append(param)
    return inner.replace(parameters=adjusted)


def _class_signature(cls):
    for klass in cls.__mro__:
        if klass is object:
            break
        own = klass.__dict__
        if '__init__' in own:
            if isfunction(own['__init__']):
                return _without_self(_function_signature(own['__init__']))
            break
        if '__new__' in own:
            maker = own['__new__']
            if isinstance(maker, staticmethod):
                maker = maker.__func__
            if isfunction(maker):
                return _without_self(_function_signature(maker))
            break
    if cls.__init__ is object.__init__ and cls.__new__ is object.__new__:
        return Signature()
    raise ValueError(f'no signature found for builtin type {cls!r}')


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if ismethod(obj):
        return _without_self(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
    preset = getattr(obj, '__signature__', None)
    if preset is not None:
        if not isinstance(preset, Signature):
            raise TypeError(f'unexpected object {preset!r} in __signature__ attribute')
        return preset
    partial_cls = _partial_type()
    if partial_cls is not None and isinstance(obj, partial_cls):
        return _partial_signature(obj)
    if isfunction(obj):
        return _function_signature(obj)
    if isclass(obj):
        return _class_signature(obj)
    dunder_call = getattr(type(obj), '__call__', None)
    if isfunction(dunder_call):
        return _without_self(_function_signature(dunder_call))
    raise ValueError(f'no signature found for builtin {obj!r}')


FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    sig = signature(func, follow_wrapped=False)
    plain, kwonly = [], []
    star = dstar = None
    defaults = []
    kwdefaults = {}
    notes = {}
    if sig.return_annotation is not _empty:
        notes['return'] = sig.return_annotation
    for param in sig.parameters.values():
        has_default = param.default is not _empty
        if param.kind in _POSITIONAL:
            plain.append(param.name)
            if has_default:
                defaults.append(param.default)
        elif param.kind == _KEYWORD_ONLY:
            kwonly.append(param.name)
            if has_default:
                kwdefaults[param.name] = param.default
        elif param.kind == _VAR_POSITIONAL:
            star = param.name
        else:
            dstar = param.name
        if param.annotation is not _empty:
            notes[param.name] = param.annotation
    return FullArgSpec(plain, star, dstar, tuple(defaults) or None, kwonly,
                       kwdefaults or None, notes)


# ---------------------------------------------------------------- frames and annotations

FrameInfo = namedtuple('FrameInfo', 'frame filename lineno function code_context index')


def stack(context=1):
    import _traceback
    frames = []
    depth = 1
    for path, lineno, funcname in _traceback.stack()[1:]:
        text = _traceback.line(path, lineno)
        frames.append(FrameInfo(sys._getframe(depth), path, lineno, funcname,
                                [text + '\n'] if text else None, 0))
        depth += 1
    return frames


def currentframe():
    return sys._getframe(1)


def getattr_static(obj, attr, default=_void):
    chain = obj.__mro__ if isclass(obj) else (obj,) + type(obj).__mro__
    for holder in chain:
        space = getattr(holder, '__dict__', None) or {}
        if attr in space:
            return space[attr]
    if default is _void:
        raise AttributeError(attr)
    return default


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    found = getattr(obj, '__annotations__', None)
    return dict(found) if found else {}
