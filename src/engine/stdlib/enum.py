# enum: classes whose attributes are a fixed set of named, singleton members. Written for
# heapscope from the documented and observed behaviour of CPython 3.11.
#
# The metaclass EnumType reads the class body's namespace (in definition order), builds one
# member per plain value with the data type's __new__ (int.__new__ for IntEnum, the class's
# own __new__ when it has one), fills in auto() values through _generate_next_value_, and
# makes a later member with an equal value an alias of the first.
# Known differences from CPython: heapscope has no __prepare__, so a name assigned twice in
# the body keeps its last value (CPython raises TypeError); __members__ is a dict copy (a
# mappingproxy in CPython); there is no Flag/IntFlag, verify, member(), nonmember() or
# global_enum; the functional API's module= defaults to '__main__'.

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'ReprEnum', 'auto', 'unique']


class _Unset:
    # The value of an auto() that has not been resolved yet; repr as CPython shows it.
    def __repr__(self):
        return '_auto_null'


_UNSET = _Unset()


class auto:
    def __init__(self, value=_UNSET):
        self.value = value

    def __repr__(self):
        return 'auto(' + repr(self.value) + ')'


# ---- which names in a class body become members ---------------------------------------

def _double_underscored(name):
    # "__x__" with something other than "_" just inside each pair.
    if len(name) <= 4 or not (name.startswith('__') and name.endswith('__')):
        return False
    return name[2] != '_' and name[-3] != '_'


def _single_underscored(name):
    # "_x_" with something other than "_" just inside each underscore.
    if len(name) <= 2 or name[0] != '_' or name[-1] != '_':
        return False
    return name[1] != '_' and name[-2] != '_'


def _class_private(class_name, name):
    # CPython mangles "__x" in a class body to "_Class__x"; heapscope keeps "__x". Both
    # spellings name a private attribute, not a member.
    if name.endswith('__'):
        return False
    mangled = '_' + class_name.lstrip('_') + '__'
    if name.startswith(mangled) and len(name) > len(mangled):
        return True
    return name.startswith('__') and len(name) > 2 and name[2] != '_'


def _plain_function():
    pass


def _binds_like_a_descriptor(value):
    kind = type(value)
    if kind in (type(_plain_function), property, classmethod, staticmethod):
        return True
    return any(hasattr(kind, hook) for hook in ('__get__', '__set__', '__delete__'))


def _is_member_name(class_name, name, value):
    if _double_underscored(name) or _single_underscored(name):
        return False
    if _class_private(class_name, name):
        return False
    return not _binds_like_a_descriptor(value)


# ---- the metaclass --------------------------------------------------------------------

Enum = None
ReprEnum = None


def _data_type(bases):
    # The non-enum type whose values members are (int for IntEnum), or object.
    for base in bases:
        for ancestor in base.__mro__:
            if ancestor is object:
                continue
            if isinstance(ancestor, EnumType):
                if ancestor._member_type_ is not object:
                    return ancestor._member_type_
            elif '__new__' in ancestor.__dict__:
                return ancestor
    return object


def _unwrap_static(fn):
    return fn.__func__ if isinstance(fn, staticmethod) else fn


def _resolve_autos(raw, next_value, name, count, previous):
    if isinstance(raw, auto):
        if raw.value is _UNSET:
            raw.value = next_value(name, 1, count, list(previous))
        return raw.value
    if isinstance(raw, tuple) and any(isinstance(part, auto) for part in raw):
        resolved = []
        for part in raw:
            if not isinstance(part, auto):
                resolved.append(part)
            elif part.value is _UNSET:
                resolved.append(next_value(name, 1, count, list(previous)))
            else:
                resolved.append(part.value)
        return tuple(resolved)
    return raw


class EnumType(type):
    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        skipped = classdict.get('_ignore_', [])
        if isinstance(skipped, str):
            skipped = skipped.replace(',', ' ').split()
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        for base in enum_bases:
            if base._member_names_:
                raise TypeError(f'<enum {cls!r}> cannot extend {base!r}')
        last_enum = enum_bases[-1] if enum_bases else None
        data_type = object if Enum is None else _data_type(bases)

        next_value = _unwrap_static(classdict.get('_generate_next_value_'))
        if next_value is None and last_enum is not None:
            next_value = last_enum._generate_next_value_

        # Split the body into member definitions and ordinary class attributes.
        definitions = []
        namespace = {}
        for key, raw in classdict.items():
            if key == '_ignore_' or key in skipped:
                continue
            if not _is_member_name(cls, key, raw):
                namespace[key] = raw
                continue
            value = _resolve_autos(raw, next_value, key, len(definitions),
                                   [v for _, v in definitions])
            definitions.append((key, value))

        own_new = _unwrap_static(classdict.get('__new__'))
        if own_new is None:
            # A base enum's own __new__ (StrEnum's) still builds this enum's members.
            for base in enum_bases:
                inherited = getattr(base, '__new_member__', None)
                if inherited is not None:
                    own_new = inherited
                    break
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_member_type_'] = data_type
        namespace.setdefault('__module__', classdict.get('__module__', '__main__'))
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)

        if own_new is not None:
            construct = own_new
        elif data_type is object:
            construct = None
        else:
            construct = data_type.__new__
        enum_class._new_member_ = construct
        for name, value in definitions:
            _add_member(enum_class, name, value, construct, data_type)

        if last_enum is not None and data_type is not object:
            # With a data type mixed in, its repr/str/format come before Enum's in the MRO;
            # the enum's own versions are the ones that should show.
            for dunder in ('__repr__', '__str__', '__format__'):
                if dunder in classdict:
                    continue
                current = getattr(enum_class, dunder)
                if current is getattr(data_type, dunder) or current is getattr(object, dunder):
                    type.__setattr__(enum_class, dunder, getattr(last_enum, dunder))
        if Enum is not None:
            if '__new__' in classdict:
                type.__setattr__(enum_class, '__new_member__', own_new)
            # Calling the class looks a member up; it never makes a new one.
            type.__setattr__(enum_class, '__new__', Enum.__new__)
            if ReprEnum is not None and data_type is not object and ReprEnum in enum_class.__mro__:
                # IntEnum and StrEnum print as their plain value.
                if '__str__' not in classdict:
                    as_text = data_type.__repr__ if data_type is int else data_type.__str__
                    type.__setattr__(enum_class, '__str__', as_text)
                if '__format__' not in classdict:
                    type.__setattr__(enum_class, '__format__', data_type.__format__)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start)
        return cls.__new__(cls, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        # The functional API: Enum('Name', 'A B C'), a list of names or pairs, or a mapping.
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            numbered = []
            for position, name in enumerate(names):
                previous = [v for _, v in numbered]
                numbered.append((name, cls._generate_next_value_(name, start, position, previous)))
            names = numbered
        body = {}
        for entry in names:
            if isinstance(entry, str):
                body[entry] = names[entry]
            else:
                key, value = entry
                body[key] = value
        body['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            body['__qualname__'] = qualname
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, body)

    def __contains__(cls, member):
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        raise TypeError("unsupported operand type(s) for 'in': "
                        f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        table = cls._member_map_
        return iter([table[name] for name in cls._member_names_])

    def __reversed__(cls):
        table = cls._member_map_
        return iter([table[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        return f'<enum {cls.__name__!r}>'


EnumMeta = EnumType


def _add_member(enum_class, name, value, construct, data_type):
    args = value if isinstance(value, tuple) else (value,)
    if data_type is tuple:
        args = (args,)
    if construct is None:
        member = object.__new__(enum_class)
        if not hasattr(member, '_value_'):
            member._value_ = value
    else:
        member = construct(enum_class, *args)
        if not hasattr(member, '_value_'):
            member._value_ = value if data_type is object else data_type(*args)
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    names = enum_class._member_names_
    member._sort_order_ = len(names)
    # An equal value makes this name an alias of the earlier member.
    canonical = None
    for earlier in enum_class._member_map_.values():
        if earlier._value_ == member._value_:
            canonical = earlier
            break
    if canonical is None:
        canonical = member
        names.append(name)
    type.__setattr__(enum_class, name, canonical)
    enum_class._member_map_[name] = canonical
    try:
        enum_class._value2member_map_.setdefault(canonical._value_, canonical)
    except TypeError:
        pass  # an unhashable value is found by the linear search in Enum.__new__


# ---- the base classes -----------------------------------------------------------------

def _lookup_member(cls, value):
    if type(value) is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except KeyError:
        return None
    except TypeError:
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        return None


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        found = _lookup_member(cls, value)
        if found is not None:
            return found
        not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        failure = None
        try:
            found = cls._missing_(value)
        except Exception as raised:
            failure = raised
        if failure is None:
            if isinstance(found, cls):
                return found
            if found is None:
                raise not_valid
            failure = TypeError(f'error in {cls.__name__}._missing_: returned {found!r} '
                                'instead of None or a valid member')
        # Raised outside the handler; the lookup failure is shown as the context.
        failure.__context__ = not_valid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # One more than the largest value so far, or start for the first member.
        if not last_values:
            return start
        try:
            highest = max(last_values)
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return highest + 1
        except TypeError:
            raise TypeError(f'unable to increment {highest!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = getattr(type(self), '_value_repr_', repr)
        return f'<{type(self).__name__}.{self._name_}: {show(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

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
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        text = str(*values)
        member = str.__new__(cls, text)
        member._value_ = text
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def unique(enumeration):
    aliases = [f'{alias} -> {member.name}'
               for alias, member in enumeration.__members__.items() if alias != member.name]
    if aliases:
        raise ValueError(f'duplicate values found in {enumeration!r}: ' + ', '.join(aliases))
    return enumeration
