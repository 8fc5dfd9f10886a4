// `enum`, written in Python (modules/pysource.ts), following CPython 3.11's enum.py:
// the metaclass EnumType collects the members from the class body's namespace (in
// definition order), builds them with the mixin's __new__ (int.__new__ for IntEnum),
// resolves auto() values with _generate_next_value_, and makes later equal values
// aliases of the first member.
// Deviations: heapscope has no __prepare__, so a name assigned twice in the body keeps
// its last value (CPython: TypeError "'X' already defined as ..."); `__members__` is a
// dict copy (CPython: a mappingproxy); no Flag/IntFlag, verify, member(), nonmember(),
// global_enum; the functional API's `module=` defaults to '__main__'.

import { pythonModule } from "./pysource.js";

const SOURCE = String.raw`
__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']

_auto_null = object()

class auto:
    def __init__(self, value=_auto_null):
        self.value = value
    def __repr__(self):
        return 'auto(%r)' % (self.value,)

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'

def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_'

def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')

def _function_type():
    pass

def _is_descriptor(obj):
    t = type(obj)
    if t is type(_function_type) or t is property or t is classmethod or t is staticmethod:
        return True
    return hasattr(t, '__get__') or hasattr(t, '__set__') or hasattr(t, '__delete__')

Enum = None
ReprEnum = None

def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            elif isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            elif '__new__' in base.__dict__:
                return base
    return object

class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls, base))
        member_type = _find_data_type(bases) if Enum is not None else object
        first_enum = None
        for base in bases:
            if isinstance(base, EnumType):
                first_enum = base
        gnv = classdict.get('_generate_next_value_')
        if gnv is None and first_enum is not None:
            gnv = first_enum._generate_next_value_
        elif isinstance(gnv, staticmethod):
            gnv = gnv.__func__
        # Split the body's names into members and ordinary attributes.
        members = []
        body = {}
        last_values = []
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_':
                continue
            if _is_private(cls, key) or _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                body[key] = value
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gnv(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(gnv(key, 1, len(members), last_values[:]) if isinstance(v, auto) and v.value is _auto_null
                              else (v.value if isinstance(v, auto) else v) for v in value)
            members.append((key, value))
            last_values.append(value)
        user_new = classdict.get('__new__')
        if isinstance(user_new, staticmethod):
            user_new = user_new.__func__
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_member_type_'] = member_type
        if '__module__' not in body:
            body['__module__'] = classdict.get('__module__', '__main__')
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        if user_new is not None:
            new_member = user_new
        elif member_type is object:
            new_member = None
        else:
            new_member = member_type.__new__
        enum_class._new_member_ = new_member
        member_names = enum_class._member_names_
        member_map = enum_class._member_map_
        value_map = enum_class._value2member_map_
        for name, value in members:
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new_member is None:
                member = object.__new__(enum_class)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            else:
                member = new_member(enum_class, *args)
                if not hasattr(member, '_value_'):
                    if member_type is object:
                        member._value_ = value
                    else:
                        member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(member_names)
            for canonical in member_map.values():
                if canonical._value_ == value:
                    member = canonical
                    break
            else:
                member_names.append(name)
            type.__setattr__(enum_class, name, member)
            member_map[name] = member
            try:
                value_map.setdefault(value, member)
            except TypeError:
                pass
        if first_enum is not None and member_type is not object:
            # The mixin's repr/str/format must not shadow the enum's (int.__repr__ comes first in IntEnum's MRO).
            for name in ('__repr__', '__str__', '__format__'):
                if name not in classdict:
                    found = getattr(enum_class, name)
                    if found is getattr(member_type, name) or found is getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Enum is not None:
            if user_new is not None:
                type.__setattr__(enum_class, '__new_member__', user_new)
            type.__setattr__(enum_class, '__new__', Enum.__new__)
            if ReprEnum is not None and member_type is not object and ReprEnum in enum_class.__mro__:
                # IntEnum/StrEnum: str() and format() are the mixin's.
                if '__str__' not in classdict:
                    type.__setattr__(enum_class, '__str__', member_type.__str__ if member_type is not int else member_type.__repr__)
                if '__format__' not in classdict:
                    type.__setattr__(enum_class, '__format__', member_type.__format__)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        classdict['__module__'] = '__main__' if module is None else module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

EnumMeta = EnumType

class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        ve_exc = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))
        exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(self.__class__, '_value_repr_') else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

class ReprEnum(Enum):
    pass

class IntEnum(int, ReprEnum):
    pass

class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
`;

export const createEnumModule = pythonModule("enum", () => SOURCE);
