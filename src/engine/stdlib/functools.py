"""Higher-order functions: reduce, partial, lru_cache, wraps, total_ordering, singledispatch (heapscope)."""

# lru_cache's wrapper is a Python function, so a cached recursive call costs two frames
# per level (as in CPython, where the C wrapper also counts against the recursion limit).
# Deviations: no partialmethod; partial/lru_cache wrappers are Python objects (their
# reprs show Python-level types); singledispatch looks at the MRO, then at registered
# ABCs (CPython merges ABCs into the MRO).

from collections import namedtuple as _namedtuple
import operator as _operator

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    # Copies the named attributes that `wrapped` has, merges the dict-valued ones
    # (item by item, so it also works where __dict__ cannot be replaced), and
    # records `wrapped` as __wrapped__ last so it is never overwritten by a merge.
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is not _ABSENT:
            setattr(wrapper, name, value)
    for name in updated:
        try:
            extra = getattr(wrapped, name)
        except (AttributeError, TypeError):
            continue
        for key in extra:
            setattr(wrapper, key, extra[key])
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


def reduce(function, sequence, initial=_ABSENT):
    items = iter(sequence)
    total = initial
    if total is _ABSENT:
        for total in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for item in items:
        total = function(total, item)
    return total


class partial:
    __heapscope_tp_name__ = "functools.partial"
    __module__ = 'functools'

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            # Flattened: partial(partial(f, a), b) stores f with (a, b).
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func, self.args, self.keywords = func, args, keywords

    def __call__(self, /, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*(self.args + args), **merged)

    def __repr__(self):
        shown = [repr(self.func)] + [repr(a) for a in self.args]
        shown += ["%s=%r" % item for item in self.keywords.items()]
        return "functools.partial(" + ", ".join(shown) + ")"


_CacheInfo = _namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])
_CacheInfo.__module__ = 'functools'

# Separates positional from keyword parts of a cache key.
_KEYWORDS_FOLLOW = object()


def _cache_key(args, kwds, typed):
    # A flat hashable key; a lone int or str argument is its own key (fast path).
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    parts = list(args)
    if kwds:
        parts.append(_KEYWORDS_FOLLOW)
        for name in kwds:
            parts += (name, kwds[name])
    if typed:
        parts += [type(a) for a in args]
        parts += [type(kwds[name]) for name in kwds]
    return tuple(parts)


def lru_cache(maxsize=128, typed=False):
    if maxsize is None:
        limit = None
    elif isinstance(maxsize, int):
        limit = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        return _cached(maxsize, 128, typed)
    else:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    return partial(_cached, limit=limit, typed=typed)


class _CacheState:
    # Entries in use order (a dict keeps insertion order: a hit moves its key to the
    # end, eviction takes the first key), and the hit/miss counters.
    __slots__ = ("entries", "hits", "misses")

    def __init__(self):
        self.entries = {}
        self.hits = 0
        self.misses = 0


def _cached(user_function, limit, typed):
    state = _CacheState()

    def uncached(*args, **kwds):
        state.misses += 1
        return user_function(*args, **kwds)

    def cached(*args, **kwds):
        key = _cache_key(args, kwds, typed)
        entries = state.entries
        found = entries.get(key, _ABSENT)
        if found is not _ABSENT:
            state.hits += 1
            if limit is not None:
                del entries[key]
                entries[key] = found
            return found
        state.misses += 1
        result = user_function(*args, **kwds)
        # The call may have filled this key itself (recursion): keep the first.
        if key not in entries:
            if limit is not None and len(entries) >= limit:
                del entries[next(iter(entries))]
            entries[key] = result
        return result

    wrapper = uncached if limit == 0 else cached

    def cache_info():
        return _CacheInfo(state.hits, state.misses, limit, len(state.entries))

    def cache_clear():
        state.entries.clear()
        state.hits = state.misses = 0

    def cache_parameters():
        return {'maxsize': limit, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    return _cached(user_function, None, False)


class cached_property:
    __module__ = 'functools'

    def __init__(self, func):
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        stored = instance.__dict__.get(self.attrname, _ABSENT)
        if stored is _ABSENT:
            stored = self.func(instance)
            setattr(instance, self.attrname, stored)
        return stored


# total_ordering: for each root comparison the class defines, how the three others
# follow from it: (derived name, negate the root's result?, then combine with ==/!=).
_DERIVATIONS = {
    '__lt__': (('__gt__', True, 'and_ne'), ('__le__', False, 'or_eq'), ('__ge__', True, None)),
    '__le__': (('__ge__', True, 'or_eq'), ('__lt__', False, 'and_ne'), ('__gt__', True, None)),
    '__gt__': (('__lt__', True, 'and_ne'), ('__ge__', False, 'or_eq'), ('__le__', True, None)),
    '__ge__': (('__le__', True, 'or_eq'), ('__gt__', False, 'and_ne'), ('__lt__', True, None)),
}


def _derived_comparison(root, name, negate, combine):
    def compare(self, other):
        outcome = getattr(type(self), root)(self, other)
        if outcome is NotImplemented:
            return outcome
        if negate:
            outcome = not outcome
        if combine == 'and_ne':
            return outcome and self != other
        if combine == 'or_eq':
            return outcome or self == other
        return outcome
    compare.__name__ = name
    compare.__qualname__ = name
    return compare


def _defined_below_object(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    present = [name for name in _DERIVATIONS if _defined_below_object(cls, name)]
    if not present:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The same preference as CPython: the greatest name, so < over <= over > over >=.
    root = max(present)
    for name, negate, combine in _DERIVATIONS[root]:
        if name not in present:
            setattr(cls, name, _derived_comparison(root, name, negate, combine))
    return cls


def cmp_to_key(mycmp):
    # CPython's key class is the C type functools.KeyWrapper; ours is a class per call.
    class KeyWrapper:
        __module__ = 'functools'
        __slots__ = ('obj',)

        def __init__(self, obj):
            self.obj = obj

        __hash__ = None

    def key_comparison(test):
        def compare(self, other):
            return test(mycmp(self.obj, other.obj), 0)
        return compare

    for name in ('__lt__', '__gt__', '__eq__', '__le__', '__ge__'):
        setattr(KeyWrapper, name, key_comparison(getattr(_operator, name)))
    return KeyWrapper


# ---------------------------------------------------------------- singledispatch

def _nearest_abc(cls, registry):
    # Among the registered classes that cls only subclasses virtually (ABCs), the
    # most derived one.
    chosen = None
    for candidate in registry:
        if candidate is object or candidate in cls.__mro__:
            continue
        try:
            applies = issubclass(cls, candidate)
        except TypeError:
            applies = False
        if applies and (chosen is None or issubclass(candidate, chosen)):
            chosen = candidate
    return chosen


def _find_impl(cls, registry):
    for klass in cls.__mro__:
        if klass is not object and klass in registry:
            return registry[klass]
    virtual = _nearest_abc(cls, registry)
    return registry[virtual] if virtual is not None else registry.get(object)


def _is_union(t):
    if type(t).__name__ == 'UnionType':
        return True
    return getattr(t, '__origin__', None) is not None and repr(t).startswith('typing.Union')


def _dispatch_target(first):
    # What register() was given, as (class or union, implementation or None).
    if isinstance(first, type) or _is_union(first):
        return first, None
    annotations = getattr(first, '__annotations__', {})
    if not annotations:
        raise TypeError(
            f"Invalid first argument to `register()`: {first!r}. "
            f"Use either `@register(some_class)` or plain `@register` "
            f"on an annotated function."
        )
    for argname, target in annotations.items():
        if argname != 'return':
            break
    if not (isinstance(target, type) or _is_union(target)):
        raise TypeError(f"Invalid annotation for {argname!r}. {target!r} is not a class.")
    return target, first


def singledispatch(func):
    registry = {object: func}
    resolved = {}
    funcname = getattr(func, '__name__', 'singledispatch function')

    def dispatch(cls):
        if cls not in resolved:
            resolved[cls] = _find_impl(cls, registry)
        return resolved[cls]

    def register(cls, func=None):
        if func is not None and not (isinstance(cls, type) or _is_union(cls)):
            raise TypeError(f"Invalid first argument to `register()`. "
                            f"{cls!r} is not a class or union type.")
        target, annotated = _dispatch_target(cls)
        implementation = annotated if annotated is not None else func
        if implementation is None:
            return lambda f: register(target, f)
        for klass in (target.__args__ if _is_union(target) else (target,)):
            registry[klass] = implementation
        resolved.clear()
        return implementation

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = resolved.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def bound_dispatch(*args, **kwargs):
            chosen = dispatcher.dispatch(args[0].__class__)
            binder = getattr(chosen, '__get__', None)
            if binder is not None:
                return binder(obj, cls)(*args, **kwargs)
            # A plain function (the engine's functions have no __get__): bind by hand.
            if obj is None:
                return chosen(*args, **kwargs)
            return chosen(obj, *args, **kwargs)
        bound_dispatch.register = self.register
        update_wrapper(bound_dispatch, self.func)
        return bound_dispatch

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
