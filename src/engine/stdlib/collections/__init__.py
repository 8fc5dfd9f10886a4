"""Container datatypes: deque, defaultdict, namedtuple, OrderedDict, Counter, ChainMap,
UserDict, UserList, UserString (heapscope)."""

# deque is native (modules/_collections.ts). ChainMap and the User* classes live in
# collections/_user.py and are loaded on first use (module __getattr__), so
# `import collections` does not import collections.abc.
# Deviations: namedtuple's argument errors are generic; OrderedDict is a dict subclass
# without its linked list (move_to_end(last=False) is O(n)); Counter treats only dicts
# (not every Mapping) as count tables.

from _collections import deque, _tuple_new
from operator import itemgetter as _itemgetter
import operator as _operator
import sys as _sys

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']


class defaultdict(dict):
    __heapscope_tp_name__ = "collections.defaultdict"
    __module__ = 'collections'

    def __init__(self, default_factory=None, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        make = self.default_factory
        if make is None:
            raise KeyError(key)
        self[key] = fresh = make()
        return fresh

    def __repr__(self):
        return "%s(%r, %s)" % (type(self).__name__, self.default_factory, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy


class OrderedDict(dict):
    __heapscope_tp_name__ = "collections.OrderedDict"
    __module__ = 'collections'

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        # To the front: rebuild with the key first.
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, others)

    def popitem(self, last=True):
        if len(self) == 0:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        first = next(iter(self))
        return first, dict.pop(self, first)

    def __repr__(self):
        name = type(self).__name__
        return name + "()" if len(self) == 0 else "%s(%r)" % (name, list(self.items()))

    def __eq__(self, other):
        same_content = dict.__eq__(self, other)
        if isinstance(other, OrderedDict) and same_content is True:
            # Between two OrderedDicts the order matters too.
            return list(self) == list(other)
        return same_content

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def __reversed__(self):
        return reversed(list(self))

    def copy(self):
        return type(self)(self)

    __copy__ = copy


def _counter_binary(name, combine, keep_new_keys=True):
    # A Counter operator: combine(own count, other's count) for every element (a
    # missing one counts 0), keeping the positive results; the elements only the
    # other side has are visited after ours unless keep_new_keys is False.
    def operate(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        candidates = list(self)
        if keep_new_keys:
            candidates += [e for e in other if e not in self]
        for elem in candidates:
            value = combine(self[elem], other[elem])
            if value > 0:
                result[elem] = value
        return result
    operate.__name__ = name
    return operate


def _counter_inplace(name, apply):
    # A Counter in-place operator: apply() updates the counts, then the elements
    # whose count is not positive are dropped.
    def operate(self, other):
        apply(self, other)
        for elem in [e for e in self if not self[e] > 0]:
            dict.__delitem__(self, elem)
        return self
    operate.__name__ = name
    return operate


def _counter_compare(name, test):
    def compare(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem in {**self, **other}:
            if not test(self[elem], other[elem]):
                return False
        return True
    compare.__name__ = name
    return compare


# The in-place operators read the right operand through .items(), like CPython's.

def _add_counts(counter, other):
    for elem, amount in other.items():
        counter[elem] += amount


def _subtract_counts(counter, other):
    for elem, amount in other.items():
        counter[elem] -= amount


def _raise_to(counter, other):
    for elem, amount in other.items():
        if amount > counter[elem]:
            counter[elem] = amount


def _lower_to(counter, other):
    for elem, amount in counter.items():
        if other[elem] < amount:
            counter[elem] = other[elem]


class Counter(dict):
    __module__ = 'collections'

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=_itemgetter(1), reverse=True)
        return ranked if n is None else ranked[:max(n, 0)]

    def elements(self):
        for elem, times in self.items():
            for _ in range(times):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def _count_in(self, source, sign):
        if source is None:
            return
        if isinstance(source, dict):
            if sign > 0 and not self:
                dict.update(self, source)
                return
            for elem, amount in source.items():
                if sign > 0:
                    self[elem] = amount + self[elem]
                else:
                    self[elem] = self[elem] - amount
        else:
            for elem in source:
                self[elem] = self[elem] + 1 if sign > 0 else self[elem] - 1

    def update(self, iterable=None, /, **kwds):
        self._count_in(iterable, 1)
        if kwds:
            self._count_in(kwds, 1)

    def subtract(self, iterable=None, /, **kwds):
        self._count_in(iterable, -1)
        if kwds:
            self._count_in(kwds, -1)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __delitem__(self, elem):
        # Deleting a missing element is not an error.
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + "()"
        try:
            shown = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown in insertion order.
            shown = dict(self)
        return "%s(%r)" % (name, shown)

    __eq__ = _counter_compare("__eq__", _operator.eq)
    __le__ = _counter_compare("__le__", _operator.le)
    __ge__ = _counter_compare("__ge__", _operator.ge)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    __add__ = _counter_binary("__add__", _operator.add)
    __sub__ = _counter_binary("__sub__", _operator.sub)
    __or__ = _counter_binary("__or__", lambda mine, theirs: theirs if mine < theirs else mine)
    __and__ = _counter_binary("__and__", lambda mine, theirs: mine if mine < theirs else theirs,
                              keep_new_keys=False)

    def __pos__(self):
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    __iadd__ = _counter_inplace("__iadd__", _add_counts)
    __isub__ = _counter_inplace("__isub__", _subtract_counts)
    __ior__ = _counter_inplace("__ior__", _raise_to)
    __iand__ = _counter_inplace("__iand__", _lower_to)


_KEYWORDS = frozenset(
    "False None True and as assert async await break class continue def del elif "
    "else except finally for from global if import in is lambda nonlocal not or "
    "pass raise return try while with yield".split())


def _checked_field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(n) for n in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or name in _KEYWORDS
                        or name.startswith('_') or name in taken)
            if unusable:
                names[position] = '_%d' % position
            taken.add(name)
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    taken = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in taken:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        taken.add(name)
    return tuple(names)


def _quoted_list(names):
    # 'a' / 'a' and 'b' / 'a', 'b', and 'c', as in the interpreter's own messages.
    quoted = ["'%s'" % n for n in names]
    if len(quoted) < 3:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _tuple_constructor(typename, fields, field_defaults):
    width = len(fields)

    def __new__(_cls, *args, **kwargs):
        # Reports argument errors in the words of a def with these parameters.
        if len(args) > width:
            least = width - len(field_defaults)
            accepted = ("%d" % (width + 1) if least == width
                        else "from %d to %d" % (least + 1, width + 1))
            raise TypeError('%s.__new__() takes %s positional arguments but %d were given'
                            % (typename, accepted, len(args) + 1))
        for name in kwargs:
            if name not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'"
                                % (typename, name))
            if fields.index(name) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument '%s'"
                                % (typename, name))
        values = list(args)
        lacking = []
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs[name])
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                lacking.append(name)
        if lacking:
            plural = "argument" if len(lacking) == 1 else "arguments"
            raise TypeError("%s.__new__() missing %d required positional %s: %s"
                            % (typename, len(lacking), plural, _quoted_list(lacking)))
        return _tuple_new(_cls, values)
    return __new__


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    typename = str(typename)
    fields = _checked_field_names(typename, field_names, rename)
    width = len(fields)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > width:
            raise TypeError('Got more default values than field names')
        # Defaults belong to the last fields.
        field_defaults = dict(zip(fields[width - len(defaults):], defaults))

    @classmethod
    def _make(cls, iterable):
        made = _tuple_new(cls, iterable)
        if len(made) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(made)))
        return made

    def _replace(self, /, **kwds):
        values = [kwds.pop(name, current) for name, current in zip(fields, self)]
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return self._make(values)

    def __repr__(self):
        pairs = ", ".join("%s=%r" % pair for pair in zip(fields, self))
        return "%s(%s)" % (self.__class__.__name__, pairs)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    body = {
        '__doc__': '%s(%s)' % (typename, ", ".join(fields)),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': _tuple_constructor(typename, fields, field_defaults),
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for position, name in enumerate(fields):
        body[name] = property(_itemgetter(position),
                              doc='Alias for field number %d' % position)
    made = type(typename, (tuple,), body)
    made.__module__ = '__main__' if module is None else module
    return made


_LOADED_LATER = ('ChainMap', 'UserDict', 'UserList', 'UserString')


def __getattr__(name):
    if name not in _LOADED_LATER:
        raise AttributeError("module 'collections' has no attribute '%s'" % name)
    import collections._user as _user
    found = getattr(_user, name)
    setattr(_sys.modules['collections'], name, found)
    return found
