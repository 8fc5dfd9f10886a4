# dataclasses: the @dataclass decorator reads a class's annotations into Field records and
# adds the dunder methods they imply. Written for heapscope from the documented and
# observed behaviour of CPython 3.11.
#
# __init__ is generated as source text and compiled with exec(), so a wrong call reports
# itself like any Python function ("P.__init__() missing 1 required positional argument").
# The other methods are closures over the field names.
# Known differences from CPython: slots= and weakref_slot= are accepted but change nothing
# (heapscope ignores __slots__); there is no make_dataclass; __repr__ does not guard
# against recursion; __doc__ lists the field names only (no annotations); Field.metadata is
# a plain dict. ClassVar is recognised as typing.ClassVar or a string naming it.

import copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# Sentinels. The class names are visible in reprs, hence the CPython spellings.
class _MISSING_TYPE:
    pass


class _KW_ONLY_TYPE:
    pass


class _FactoryMarker:
    # Stands as the default value of a parameter whose field has a default_factory.
    def __repr__(self):
        return '<factory>'


MISSING = _MISSING_TYPE()
KW_ONLY = _KW_ONLY_TYPE()
_FACTORY = _FactoryMarker()


class _Kind:
    # What an annotated name turned out to be: a real field, a ClassVar or an InitVar.
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_REAL = _Kind('_FIELD')
_CLASS_VAR = _Kind('_FIELD_CLASSVAR')
_INIT_VAR = _Kind('_FIELD_INITVAR')

_FIELDS_ATTR = '__dataclass_fields__'
_PARAMS_ATTR = '__dataclass_params__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return cls(type)

    def __repr__(self):
        inner = self.type
        shown = inner.__name__ if isinstance(inner, type) else repr(inner)
        return 'dataclasses.InitVar[' + shown + ']'


def _show_attrs(title, obj, names):
    # Renders "Title(a=1,b=2)": CPython's Field and params reprs have no spaces.
    shown = []
    for n in names:
        v = getattr(obj, n)
        shown.append(n + '=' + (str(v) if isinstance(v, _Kind) else repr(v)))
    return title + '(' + ','.join(shown) + ')'


_FIELD_SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                'compare', 'metadata', 'kw_only', '_field_type')


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            metadata = {}
        self.metadata = metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return _show_attrs('Field', self, _FIELD_SHOWN)

    def __set_name__(self, owner, name):
        # Let a descriptor used as the default learn its name, as it would without field().
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    def _has_default(self):
        return self.default is not MISSING or self.default_factory is not MISSING


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return _show_attrs('_DataclassParams', self,
                           ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen'))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- classifying annotations ----------------------------------------------------------

def _typing_alias_name(ann):
    # heapscope's typing.ClassVar is a typing._Alias; ClassVar[T] wraps it in _Subscripted.
    t = type(ann)
    if t.__module__ != 'typing':
        return None
    if t.__name__ == '_Subscripted':
        ann = ann._alias
        t = type(ann)
    if t.__name__ == '_Alias':
        return getattr(ann, '_name', None)
    return None


def _kind_of(ann):
    if isinstance(ann, str):
        if ann.startswith('ClassVar') or ann.startswith('typing.ClassVar'):
            return _CLASS_VAR
        if ann.startswith('InitVar'):
            return _INIT_VAR
        return _REAL
    if _typing_alias_name(ann) == 'ClassVar':
        return _CLASS_VAR
    if ann is InitVar or type(ann) is InitVar:
        return _INIT_VAR
    return _REAL


def _marks_kw_only(ann):
    if isinstance(ann, str):
        return ann == 'KW_ONLY' or ann == 'dataclasses.KW_ONLY'
    return ann is KW_ONLY


def _is_mutable_default(value):
    return isinstance(value, (list, dict, set)) or type(value).__hash__ is None


def _make_field(cls, name, ann, kw_only_default):
    found = getattr(cls, name, MISSING)
    f = found if isinstance(found, Field) else field(default=found)
    f.name = name
    f.type = ann
    kind = _kind_of(ann)
    f._field_type = kind
    if kind is _CLASS_VAR or kind is _INIT_VAR:
        if f.default_factory is not MISSING:
            raise TypeError('field ' + name + ' cannot have a default factory')
    if kind is _CLASS_VAR:
        if f.kw_only is not MISSING:
            raise TypeError('field ' + name + ' is a ClassVar but specifies kw_only')
    elif f.kw_only is MISSING:
        f.kw_only = kw_only_default
    if kind is _REAL and f.default is not MISSING and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field {name} '
                         'is not allowed: use default_factory')
    return f


# ---- generated methods ----------------------------------------------------------------

def _owned_by(cls, fn, name=None):
    if name is not None:
        fn.__name__ = name
    fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
    return fn


def _build_init(cls, init_fields, frozen, call_post_init):
    positional = [f for f in init_fields if not f.kw_only]
    keyword = [f for f in init_fields if f.kw_only]
    defaulted = None
    for f in positional:
        if not f.init:
            continue
        if f._has_default():
            defaulted = f
        elif defaulted is not None:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')

    env = {'__name__': cls.__module__, '_FACTORY': _FACTORY, '_object': object}

    def param_text(f):
        if f.default is not MISSING:
            env['_dflt_' + f.name] = f.default
            return f.name + '=_dflt_' + f.name
        if f.default_factory is not MISSING:
            return f.name + '=_FACTORY'
        return f.name

    params = ['self'] + [param_text(f) for f in positional if f.init]
    keyword_params = [param_text(f) for f in keyword if f.init]
    if keyword_params:
        params = params + ['*'] + keyword_params

    lines = []
    for f in init_fields:
        if f._field_type is not _REAL:
            continue
        if f.default_factory is not MISSING:
            env['_make_' + f.name] = f.default_factory
            if f.init:
                expr = f'_make_{f.name}() if {f.name} is _FACTORY else {f.name}'
            else:
                expr = f'_make_{f.name}()'
        elif f.init:
            expr = f.name
        else:
            continue
        if frozen:
            lines.append(f'_object.__setattr__(self, {f.name!r}, {expr})')
        else:
            lines.append(f'self.{f.name} = {expr}')
    if call_post_init:
        passed = [f.name for f in init_fields if f._field_type is _INIT_VAR]
        lines.append('self.__post_init__(' + ', '.join(passed) + ')')
    if not lines:
        lines.append('pass')
    text = 'def __init__(' + ', '.join(params) + '):\n'
    text += ''.join('    ' + line + '\n' for line in lines)
    exec(text, env)
    return _owned_by(cls, env['__init__'])


def _build_repr(cls, shown):
    names = [f.name for f in shown]

    def __repr__(self):
        inner = ', '.join(n + '=' + repr(getattr(self, n)) for n in names)
        return type(self).__qualname__ + '(' + inner + ')'
    return _owned_by(cls, __repr__)


def _values_of(names):
    return lambda obj: tuple([getattr(obj, n) for n in names])


_COMPARISONS = {
    '__eq__': lambda a, b: a == b,
    '__lt__': lambda a, b: a < b,
    '__le__': lambda a, b: a <= b,
    '__gt__': lambda a, b: a > b,
    '__ge__': lambda a, b: a >= b,
}


def _build_comparison(cls, dunder, compared):
    values = _values_of([f.name for f in compared])
    test = _COMPARISONS[dunder]

    def compare(self, other):
        # Only instances of exactly the same class compare; others defer to Python.
        if other.__class__ is not self.__class__:
            return NotImplemented
        return test(values(self), values(other))
    return _owned_by(cls, compare, dunder)


def _build_hash(cls, hashed):
    values = _values_of([f.name for f in hashed])

    def __hash__(self):
        return hash(values(self))
    return _owned_by(cls, __hash__)


def _build_frozen_guards(cls, frozen_names):
    names = frozenset(frozen_names)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return _owned_by(cls, __setattr__), _owned_by(cls, __delattr__)


def _add_if_absent(cls, name, value):
    # True when the class already defines the name itself (and keeps its own).
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# ---- the decorator --------------------------------------------------------------------

def _collect_fields(cls, kw_only):
    # Fields of dataclass bases (outermost base first), then the class's own annotations.
    collected = {}
    base_frozen = None
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS_ATTR, None)
        if inherited is None:
            continue
        for f in inherited.values():
            collected[f.name] = f
        base_frozen = bool(getattr(base, _PARAMS_ATTR).frozen) or bool(base_frozen)
    annotations = cls.__dict__.get('__annotations__', {})
    marker_seen = False
    own = []
    for name, ann in annotations.items():
        if _marks_kw_only(ann):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = True
            kw_only = True
            continue
        own.append(_make_field(cls, name, ann, kw_only))
    for f in own:
        collected[f.name] = f
        # A field() object in the class body is replaced by its plain default (or removed).
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, base_frozen


def _refuse_overwrite(cls, name, hint=''):
    raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}' + hint)


def _decorate(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    setattr(cls, _PARAMS_ATTR, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    collected, base_frozen = _collect_fields(cls, kw_only)
    if base_frozen is not None and base_frozen != bool(frozen):
        if base_frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS_ATTR, collected)

    # Whether the class body set __hash__ itself (a body that only defines __eq__ gets
    # __hash__ = None from Python, which does not count).
    own_hash = cls.__dict__.get('__hash__', MISSING)
    hash_given = own_hash is not MISSING and not (own_hash is None and '__eq__' in cls.__dict__)

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    everything = list(collected.values())
    init_fields = [f for f in everything if f._field_type is not _CLASS_VAR]
    real = [f for f in everything if f._field_type is _REAL]
    compared = [f for f in real if f.compare]

    if init:
        wants_post_init = hasattr(cls, '__post_init__')
        _add_if_absent(cls, '__init__', _build_init(cls, init_fields, frozen, wants_post_init))
    if repr:
        _add_if_absent(cls, '__repr__', _build_repr(cls, [f for f in real if f.repr]))
    if eq:
        _add_if_absent(cls, '__eq__', _build_comparison(cls, '__eq__', compared))
    if order:
        for dunder in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _add_if_absent(cls, dunder, _build_comparison(cls, dunder, compared)):
                _refuse_overwrite(cls, dunder, '. Consider using functools.total_ordering')
    if frozen:
        guards = _build_frozen_guards(cls, [f.name for f in real])
        for dunder, fn in zip(('__setattr__', '__delattr__'), guards):
            if _add_if_absent(cls, dunder, fn):
                _refuse_overwrite(cls, dunder)

    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if hash_given:
            _refuse_overwrite(cls, '__hash__')
        cls.__hash__ = _build_hash(cls, hashed)
    elif eq and not hash_given:
        # eq without frozen makes instances unhashable; eq with frozen hashes the fields.
        cls.__hash__ = _build_hash(cls, hashed) if frozen else None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + '(' + ', '.join(f.name for f in init_fields) + ')'
    if match_args:
        positional_names = tuple(f.name for f in init_fields if not f.kw_only)
        _add_if_absent(cls, '__match_args__', positional_names)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    def apply(target):
        return _decorate(target, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    return apply if cls is None else apply(cls)


# ---- inspecting and converting instances ----------------------------------------------

def fields(class_or_instance):
    table = getattr(class_or_instance, _FIELDS_ATTR, None)
    if table is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple([f for f in table.values() if f._field_type is _REAL])


def _is_instance(obj):
    return hasattr(type(obj), _FIELDS_ATTR)


def is_dataclass(obj):
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS_ATTR)


def _convert(obj, build_instance):
    # Walks containers recursively; dataclass instances become whatever build_instance
    # makes of their converted field values; leaves are deep-copied.
    if _is_instance(obj):
        return build_instance(obj, [(f.name, _convert(getattr(obj, f.name), build_instance))
                                    for f in fields(obj)])
    kind = type(obj)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return kind(*[_convert(item, build_instance) for item in obj])
    if isinstance(obj, (list, tuple)):
        return kind(_convert(item, build_instance) for item in obj)
    if isinstance(obj, dict):
        return kind((_convert(k, build_instance), _convert(v, build_instance))
                    for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, lambda inst, pairs: dict_factory(pairs))


def astuple(obj, *, tuple_factory=tuple):
    if not _is_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, lambda inst, pairs: tuple_factory([v for _, v in pairs]))


def replace(obj, /, **changes):
    if not _is_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS_ATTR).values():
        if f._field_type is _CLASS_VAR:
            continue
        given = f.name in changes
        if not f.init:
            if given:
                raise ValueError(f'field {f.name} is declared with init=False, '
                                 'it cannot be specified with replace()')
        elif not given:
            if f._field_type is _INIT_VAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
