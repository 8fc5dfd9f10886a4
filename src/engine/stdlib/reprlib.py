"""Size-limited repr(): Repr, repr, recursive_repr (heapscope)."""

# Repr picks a method per type by name ("repr_" + the type's name, spaces turned into
# underscores) and falls back to repr_instance; containers are shown up to a per-type
# number of items and nested up to maxlevel, long texts are cut in the middle.

import builtins
from itertools import islice

__all__ = ["Repr", "repr", "recursive_repr"]

_COPIED_ATTRIBUTES = ("__module__", "__doc__", "__name__", "__qualname__")


def recursive_repr(fillvalue='...'):
    # A __repr__ decorator: a nested call for an object whose repr is already being
    # built returns fillvalue instead of recursing.
    def decorate(repr_function):
        in_progress = set()

        def guarded(self):
            marker = id(self)
            if marker in in_progress:
                return fillvalue
            in_progress.add(marker)
            try:
                return repr_function(self)
            finally:
                in_progress.discard(marker)

        for attr in _COPIED_ATTRIBUTES:
            setattr(guarded, attr, getattr(repr_function, attr, None))
        guarded.__annotations__ = getattr(repr_function, "__annotations__", {})
        return guarded
    return decorate


def _in_order(items):
    # Sorted when the items allow it, so that set and dict output is stable.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _container_method(left, right, limit_name, trail='', empty=None, ordered=False):
    def show(self, x, level):
        if empty is not None and len(x) == 0:
            return empty
        items = _in_order(x) if ordered else x
        return self._repr_iterable(items, level, left, right, getattr(self, limit_name), trail)
    return show


class Repr:
    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        kind = "_".join(type(x).__name__.split())
        handler = getattr(self, "repr_" + kind, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        size = len(x)
        if size and level <= 0:
            return left + self.fillvalue + right
        shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if size > maxiter:
            shown.append(self.fillvalue)
        if size == 1:
            right = trail + right
        return left + ", ".join(shown) + right

    # The containers shown item by item: (opening, closing, limit attribute, what
    # a single item is followed by, the text for an empty one when it differs, and
    # whether the items are sorted first).
    repr_tuple = _container_method('(', ')', 'maxtuple', trail=',')
    repr_list = _container_method('[', ']', 'maxlist')
    repr_set = _container_method('{', '}', 'maxset', empty='set()', ordered=True)
    repr_frozenset = _container_method('frozenset({', '})', 'maxfrozenset',
                                       empty='frozenset()', ordered=True)
    repr_deque = _container_method('deque([', '])', 'maxdeque')

    def repr_array(self, x, level):
        opening = "array('" + x.typecode + "'"
        if len(x) == 0:
            return opening + ")"
        return self._repr_iterable(x, level, opening + ", [", '])', self.maxarray)

    def repr_dict(self, x, level):
        if len(x) == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        entries = []
        for key in islice(_in_order(x), self.maxdict):
            entries.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            entries.append(self.fillvalue)
        return '{' + ', '.join(entries) + '}'

    def _middle_cut(self, limit):
        # How many characters to keep before and after the fill value.
        head = max(0, (limit - 3) // 2)
        return head, max(0, limit - 3 - head)

    def _shorten(self, text, limit):
        head, tail = self._middle_cut(limit)
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_str(self, x, level):
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) <= limit:
            return shown
        # Cut the string itself first so escapes are not split, then the repr.
        head, tail = self._middle_cut(limit)
        return self._shorten(builtins.repr(x[:head] + x[len(x) - tail:]), limit)

    def repr_int(self, x, level):
        shown = builtins.repr(x)
        return self._shorten(shown, self.maxlong) if len(shown) > self.maxlong else shown

    def repr_instance(self, x, level):
        try:
            shown = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return self._shorten(shown, self.maxother) if len(shown) > self.maxother else shown


aRepr = Repr()
repr = aRepr.repr
