// `typing`: the names programs import for annotations, as subscriptable no-op aliases
// (Python source, modules/pysource.ts). Deviation: no runtime type machinery —
// List[int] is the alias itself (repr 'typing.List'), get_type_hints is absent,
// NamedTuple/TypedDict class syntax is not supported, and Generic/Protocol[...] as a
// base gives the class the plain base Generic/Protocol.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
TYPE_CHECKING = False

class _Alias:
    __module__ = 'typing'
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin
    def __getitem__(self, params):
        return self
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
`;

export const createTypingModule = pythonModule("typing", () => SOURCE);
