"""Type hints: the names programs import for annotations (heapscope)."""

# Aliases are subscriptable and print like CPython's (typing.List[int]); there is no
# type checking at run time. NamedTuple and TypedDict build real classes.

TYPE_CHECKING = False

class _Alias:
    __module__ = 'typing'
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin
    def __getitem__(self, params):
        return _Subscripted(self, params)
    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f'Cannot instantiate typing.{self._name}')
        return self.__origin__(*args, **kwargs)
    def __repr__(self):
        return 'typing.' + self._name
    def __or__(self, other):
        return self
    def __ror__(self, other):
        return self
    def __instancecheck__(self, obj):
        if self.__origin__ is None:
            raise TypeError(f'typing.{self._name} cannot be used with isinstance()')
        return isinstance(obj, self.__origin__)

Any = _Alias('Any')
Union = _Alias('Union')
Optional = _Alias('Optional')
Callable = _Alias('Callable')
ClassVar = _Alias('ClassVar')
Final = _Alias('Final')
Literal = _Alias('Literal')
Annotated = _Alias('Annotated')
NoReturn = _Alias('NoReturn')
Never = _Alias('Never')
Self = _Alias('Self')
TypeAlias = _Alias('TypeAlias')
List = _Alias('List', list)
Dict = _Alias('Dict', dict)
Set = _Alias('Set', set)
FrozenSet = _Alias('FrozenSet', frozenset)
Tuple = _Alias('Tuple', tuple)
Type = _Alias('Type', type)
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Generator = _Alias('Generator')
Sequence = _Alias('Sequence')
MutableSequence = _Alias('MutableSequence')
Mapping = _Alias('Mapping')
MutableMapping = _Alias('MutableMapping')
AbstractSet = _Alias('AbstractSet')
MutableSet = _Alias('MutableSet')
Collection = _Alias('Collection')
Container = _Alias('Container')
Hashable = _Alias('Hashable')
Sized = _Alias('Sized')
Reversible = _Alias('Reversible')
Awaitable = _Alias('Awaitable')
Coroutine = _Alias('Coroutine')
AsyncIterator = _Alias('AsyncIterator')
AsyncIterable = _Alias('AsyncIterable')
AsyncGenerator = _Alias('AsyncGenerator')
ItemsView = _Alias('ItemsView')
KeysView = _Alias('KeysView')
ValuesView = _Alias('ValuesView')
SupportsInt = _Alias('SupportsInt')
SupportsFloat = _Alias('SupportsFloat')
SupportsAbs = _Alias('SupportsAbs')
SupportsIndex = _Alias('SupportsIndex')
Text = str
AnyStr = _Alias('AnyStr')
DefaultDict = _Alias('DefaultDict')
Counter = _Alias('Counter')
Deque = _Alias('Deque')
OrderedDict = _Alias('OrderedDict')
ChainMap = _Alias('ChainMap')


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


class _Subscripted:
    # typing.List[int] and friends: prints like CPython's alias, calls the origin.
    __module__ = 'typing'

    def __init__(self, alias, params):
        self._alias = alias
        self.__origin__ = alias.__origin__
        self.__args__ = params if isinstance(params, tuple) else (params,)

    def __getitem__(self, params):
        return _Subscripted(self._alias, params)

    def __call__(self, *args, **kwargs):
        return self._alias(*args, **kwargs)

    def __repr__(self):
        name = self._alias._name
        args = self.__args__
        if name == 'Optional' and len(args) == 1:
            return f'typing.Optional[{_type_repr(args[0])}]'
        if name == 'Union' and len(args) == 2 and type(None) in args or None in args:
            other = [a for a in args if a is not None and a is not type(None)]
            if len(other) == 1:
                return f'typing.Optional[{_type_repr(other[0])}]'
        if not args:
            return f'typing.{name}[()]'
        return f'typing.{name}[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _Subscripted):
            return NotImplemented
        return self._alias is other._alias and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._alias._name, self.__args__))

    def __or__(self, other):
        return _Subscripted(Union, (self, other))

    def __ror__(self, other):
        return _Subscripted(Union, (other, self))

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else ()

class _GenericMeta(type):
    def __getitem__(cls, params):
        return cls

class Generic(metaclass=_GenericMeta):
    __module__ = 'typing'

class Protocol(metaclass=_GenericMeta):
    __module__ = 'typing'

class TypeVar:
    __module__ = 'typing'
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

class ParamSpec(TypeVar):
    __module__ = 'typing'

def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type

def cast(typ, val):
    return val

def overload(func):
    return func

def final(f):
    return f

def no_type_check(arg):
    return arg

def runtime_checkable(cls):
    return cls

def assert_type(val, typ):
    return val

def reveal_type(obj):
    return obj


# ---------------------------------------------------------------- NamedTuple, TypedDict

import collections as _collections
import sys as _sys

_NT_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                          '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                         '__doc__', '__dict__', '__weakref__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _NT_RESERVED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if '__doc__' in ns and ns['__doc__'] is not None:
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
        module = '__main__'
        return _make_nmtuple(typename, list(fields), module=module)


NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get('__annotations__', {})
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key in own:
            if total:
                required.add(key)
            else:
                optional.add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, total=True, **kwargs):
        if cls is TypedDict:
            # The functional form: TypedDict("Name", {"field": type}, total=...).
            typename = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            ns = {'__annotations__': dict(fields), '__module__': '__main__'}
            return _TypedDictMeta(typename, (), ns, total=total)
        # At run time a TypedDict is a plain dict.
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        if cls is TypedDict and isinstance(other, _TypedDictMeta):
            return True
        raise TypeError('TypedDict does not support instance and class checks')



TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get('__annotations__', {}))
        return hints
    return dict(getattr(obj, '__annotations__', None) or {})


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def is_typeddict(tp):
    return type(tp) is _TypedDictMeta and tp is not TypedDict

