"""Mock objects and patching: Mock, MagicMock, call, ANY, sentinel, patch (heapscope)."""

# Written for heapscope from the documented behaviour of CPython 3.11's unittest.mock.
# A mock records every call on itself and on the mocks it hangs from (call_args_list,
# method_calls, mock_calls); the assert_* messages and reprs are CPython's. Not here:
# signature checking for spec/autospec (spec only limits attribute names), AsyncMock,
# seal, mock_open, patch.multiple.

import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'patch',
           'sentinel', 'DEFAULT', 'ANY', 'call', 'PropertyMock', 'create_autospec')

FILTER_DIR = True


# ---------------------------------------------------------------- sentinel, ANY

class _Token:
    """One named sentinel; the same name always gives the same object."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'sentinel.{self.name}'


class _TokenFactory:
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        if name not in self._made:
            self._made[name] = _Token(name)
        return self._made[name]


sentinel = _TokenFactory()
DEFAULT = sentinel.DEFAULT


class _Anything:
    """Compares equal to everything (for call arguments whose value does not matter)."""

    __hash__ = None

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _Anything()


# ---------------------------------------------------------------- call objects

def _render_call(label, args, kwargs):
    shown = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in kwargs.items()]
    return label + '(' + ', '.join(shown) + ')'


def _call_parts(value):
    """Read a call-like tuple in any of its accepted shapes as (name, args, kwargs);
    None when it has no such shape."""
    size = len(value)
    if size == 0:
        return '', (), {}
    if size == 3:
        return tuple(value)
    if size == 1:
        only = value[0]
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return '', only, {}
        return '', (), only
    if size == 2:
        head, tail = value
        if isinstance(head, str):
            return (head, tail, {}) if isinstance(tail, tuple) else (head, (), tail)
        return '', head, tail
    return None


class _Call(tuple):
    """A recorded or expected call: (args, kwargs), or (name, args, kwargs) when named.
    `call` builds them: call(1, a=2), call.name(3), call.a.b()."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        parts = _call_parts(value) or ('', (), {})
        if two:
            return tuple.__new__(cls, parts[1:])
        if len(value) != 3 and not parts[0] and name:
            parts = (name,) + parts[1:]
        return tuple.__new__(cls, parts)

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        return ('',) + tuple(self) if len(self) == 2 else tuple(self)

    def __eq__(self, other):
        try:
            theirs = _call_parts(other)
        except TypeError:
            return NotImplemented
        if theirs is None:
            return False
        mine_parent = getattr(self, '_mock_parent', None)
        their_parent = getattr(other, '_mock_parent', None)
        if mine_parent and their_parent and mine_parent != their_parent:
            return False
        name, args, kwargs = self._parts()
        if name and theirs[0] != name:
            return False
        return (theirs[1], theirs[2]) == (args, kwargs)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{self._mock_name}.{attr}', parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            label = self._mock_name or 'call'
            return 'call' + label if label.startswith('()') else label
        name, args, kwargs = self._parts()
        if not name:
            label = 'call'
        elif name.startswith('()'):
            label = 'call' + name
        else:
            label = 'call.' + name
        return _render_call(label, args, kwargs)

    def call_list(self):
        chain = []
        link = self
        while link is not None:
            if link._mock_from_kall:
                chain.append(link)
            link = link._mock_parent
        chain.reverse()
        return _CallList(chain)


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `[c1, c2] in calls` means 'appears as a contiguous run'."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        width = len(value)
        return any(self[i:i + width] == value for i in range(len(self) - width + 1))

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


def _is_exception(obj):
    if isinstance(obj, type):
        return issubclass(obj, BaseException)
    return isinstance(obj, BaseException)


def _join_path(head, tail):
    """Name of a call seen from one level up: 'a' + 'b' -> 'a.b', 'a' + '()' -> 'a()'."""
    if not tail:
        return head
    if tail.startswith('()'):
        return head + tail
    return f'{head}.{tail}'


# ---------------------------------------------------------------- mocks

_STATE_NAMES = frozenset(('_mock_parent', '_mock_name', '_mock_new_name', '_mock_new_parent',
                          '_mock_children', '_mock_methods', '_mock_unsafe', '_mock_wraps'))
_TYPO_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')
# stands in the children table for an attribute removed with `del`
_DELETED = sentinel.DELETED


def _fresh_history(state):
    state['_mock_called'] = False
    state['_mock_call_args'] = None
    state['_mock_call_count'] = 0
    state['_mock_call_args_list'] = _CallList()
    state['_mock_mock_calls'] = _CallList()
    state['method_calls'] = _CallList()


class NonCallableMock:
    # Naming: _mock_parent/_mock_name link an attribute child to its owner (method_calls);
    # _mock_new_parent/_mock_new_name link any child, return values included (mock_calls,
    # repr). A return value's name is '()'.

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        shape = spec if spec_set is None else spec_set
        allowed = None
        spec_class = None
        if shape is not None:
            allowed = list(shape) if isinstance(shape, list) else dir(shape)
            if not isinstance(shape, list):
                spec_class = shape if isinstance(shape, type) else type(shape)
        state = self.__dict__
        state.update(_mock_parent=parent, _mock_name=name, _mock_new_name=_new_name,
                     _mock_new_parent=_new_parent, _mock_wraps=wraps, _mock_children={},
                     _mock_return_value=DEFAULT, _mock_side_effect=None, _mock_unsafe=unsafe,
                     _mock_methods=allowed, _spec_class=spec_class,
                     _spec_set=spec_set is not None)
        _fresh_history(state)
        if kwargs:
            self.configure_mock(**kwargs)

    # ---- configuration

    def attach_mock(self, mock, attribute):
        mock.__dict__.update(_mock_parent=None, _mock_new_parent=None,
                             _mock_name='', _mock_new_name=None)
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        # shallow paths first, so 'a' is set before 'a.b'
        for path in sorted(kwargs, key=lambda p: p.count('.')):
            *hops, last = path.split('.')
            holder = self
            for hop in hops:
                holder = getattr(holder, hop)
            setattr(holder, last, kwargs[path])

    def _get_child_mock(self, **kw):
        kind = type(self)
        if isinstance(self, MagicMixin):
            kind = MagicMock
        elif kind is NonCallableMock:
            kind = Mock
        return kind(**kw)

    def _adopt(self, child, name, as_attribute):
        """Make `child` (a mock without an owner) hang from this mock under `name`."""
        state = child.__dict__
        if state['_mock_parent'] is not None or state['_mock_new_parent'] is not None:
            return
        if as_attribute:
            state['_mock_parent'] = self
            state['_mock_name'] = name
        state['_mock_new_parent'] = self
        state['_mock_new_name'] = name

    @property
    def return_value(self):
        value = self.__dict__['_mock_return_value']
        if value is DEFAULT:
            value = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = value
        return value

    @return_value.setter
    def return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock):
            self._adopt(value, '()', False)

    @property
    def side_effect(self):
        return self.__dict__['_mock_side_effect']

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    called = property(lambda self: self.__dict__['_mock_called'])
    call_count = property(lambda self: self.__dict__['_mock_call_count'])
    call_args = property(lambda self: self.__dict__['_mock_call_args'])
    call_args_list = property(lambda self: self.__dict__['_mock_call_args_list'])
    mock_calls = property(lambda self: self.__dict__['_mock_mock_calls'])

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        state = self.__dict__
        _fresh_history(state)
        if return_value:
            state['_mock_return_value'] = DEFAULT
        if side_effect:
            state['_mock_side_effect'] = None
        for child in state['_mock_children'].values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(return_value=return_value, side_effect=side_effect)
        result = state['_mock_return_value']
        if isinstance(result, NonCallableMock) and result is not self:
            result.reset_mock()

    # ---- attributes

    def __getattr__(self, name):
        if name in _STATE_NAMES or name.startswith('_mock_'):
            raise AttributeError(name)
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        state = self.__dict__
        allowed = state.get('_mock_methods')
        if allowed is not None and name not in allowed:
            raise AttributeError(f'Mock object has no attribute {name!r}')
        if not state.get('_mock_unsafe') and name.startswith(_TYPO_PREFIXES):
            raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the mock '
                                 f'if {name!r} is meant to be an attribute.')
        children = state['_mock_children']
        if children.get(name) is _DELETED:
            raise AttributeError(name)
        if name not in children:
            wrapped = state['_mock_wraps']
            inner = None if wrapped is None else getattr(wrapped, name)
            children[name] = self._get_child_mock(parent=self, name=name, wraps=inner,
                                                  _new_name=name, _new_parent=self)
        return children[name]

    def __setattr__(self, name, value):
        state = self.__dict__
        allowed = state.get('_mock_methods')
        if (state.get('_spec_set') and allowed is not None and name not in allowed
                and name not in state and not name.startswith('_')):
            raise AttributeError(f"Mock object has no attribute '{name}'")
        if isinstance(value, NonCallableMock) and name != 'return_value':
            self._adopt(value, name, True)
            state['_mock_children'][name] = value
            return
        for klass in type(self).__mro__:
            slot = klass.__dict__.get(name)
            if isinstance(slot, property):
                slot.__set__(self, value)
                return
            if name in klass.__dict__:
                break
        state['_mock_children'].pop(name, None)
        state[name] = value

    def __delattr__(self, name):
        state = self.__dict__
        children = state['_mock_children']
        if name in state and name not in _STATE_NAMES:
            del state[name]
        elif children.get(name) is _DELETED:
            raise AttributeError(name)
        children[name] = _DELETED

    def __dir__(self):
        names = set(dir(type(self)))
        names.update(self.__dict__)
        names.update(k for k, v in self.__dict__['_mock_children'].items() if v is not _DELETED)
        names.update(self.__dict__['_mock_methods'] or ())
        return sorted(names)

    # ---- naming

    def _full_name(self):
        """The dotted name repr() shows: 'mock.method()', 'foo.bar'."""
        path = ''
        node = self
        while node.__dict__['_mock_new_parent'] is not None:
            path = _join_path(node.__dict__['_mock_new_name'] or '', path)
            node = node.__dict__['_mock_new_parent']
        root = node.__dict__['_mock_name'] or 'mock'
        return _join_path(root, path)

    def _extract_mock_name(self):
        return self._full_name()

    def __repr__(self):
        label = self._full_name()
        parts = [type(self).__name__]
        if label not in ('mock', 'mock.'):
            parts.append(f'name={label!r}')
        spec_class = self.__dict__['_spec_class']
        if spec_class is not None:
            parts.append(f'spec={spec_class.__name__!r}')
        parts.append(f"id='{id(self)}'")
        return '<' + ' '.join(parts) + '>'

    # ---- assertions

    def _label(self):
        return self.__dict__['_mock_name'] or 'mock'

    def _format_mock_call_signature(self, args, kwargs):
        return _render_call(self._label(), args, kwargs)

    def _calls_repr(self, prefix='Calls'):
        history = self.mock_calls
        return f'\n{prefix}: {history!r}.' if history else ''

    def _expect_count(self, ok, template):
        if not ok:
            raise AssertionError(template.format(who=self._label(), n=self.call_count,
                                                 calls=self._calls_repr()))

    def assert_not_called(self):
        self._expect_count(self.call_count == 0,
                           "Expected '{who}' to not have been called. Called {n} times.{calls}")

    def assert_called(self):
        self._expect_count(self.call_count != 0, "Expected '{who}' to have been called.")

    def assert_called_once(self):
        self._expect_count(self.call_count == 1,
                           "Expected '{who}' to have been called once. Called {n} times.{calls}")

    def assert_called_with(self, /, *args, **kwargs):
        wanted = self._format_mock_call_signature(args, kwargs)
        last = self.call_args
        if last is None:
            seen = 'not called.'
        elif last != _Call((args, kwargs), two=True):
            seen = self._format_mock_call_signature(*last)
        else:
            return
        raise AssertionError(f'expected call not found.\nExpected: {wanted}\n  Actual: {seen}')

    def assert_called_once_with(self, /, *args, **kwargs):
        self._expect_count(self.call_count == 1,
                           "Expected '{who}' to be called once. Called {n} times.{calls}")
        self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        wanted = list(calls)
        history = _CallList(self.mock_calls)
        if not any_order:
            if wanted not in history:
                actual = self._calls_repr(prefix='  Actual').rstrip('.')
                raise AssertionError(f'Calls not found.\nExpected: {_CallList(calls)}{actual}')
            return
        remaining = list(history)
        missing = []
        for expected in wanted:
            if expected in remaining:
                remaining.remove(expected)
            else:
                missing.append(expected)
        if missing:
            raise AssertionError(f'{self._label()!r} does not contain all of {tuple(missing)!r} '
                                 f'in its call list, found {remaining!r} instead')

    def assert_any_call(self, /, *args, **kwargs):
        wanted = _Call((args, kwargs), two=True)
        if wanted not in [_Call(c, two=True) for c in self.call_args_list]:
            raise AssertionError(f'{self._format_mock_call_signature(args, kwargs)} call not found')


class CallableMixin:

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, /, *args, **kwargs):
        state = self.__dict__
        state['_mock_called'] = True
        state['_mock_call_count'] += 1
        this_call = _Call((args, kwargs), two=True)
        state['_mock_call_args'] = this_call
        state['_mock_call_args_list'].append(this_call)
        state['_mock_mock_calls'].append(_Call(('', args, kwargs)))
        # every mock above this one sees the call under this one's name relative to it
        path, node = '', self
        while node.__dict__['_mock_new_parent'] is not None:
            path = _join_path(node.__dict__['_mock_new_name'] or '', path)
            node = node.__dict__['_mock_new_parent']
            node.__dict__['_mock_mock_calls'].append(_Call((path, args, kwargs)))
        # method_calls only follow attribute links (not return values)
        path, node = '', self
        while node.__dict__['_mock_parent'] is not None:
            own = node.__dict__['_mock_name']
            path = f'{own}.{path}' if path else own
            node = node.__dict__['_mock_parent']
            node.__dict__['method_calls'].append(_Call((path, args, kwargs)))

    def _default_result(self, args, kwargs):
        state = self.__dict__
        if state['_mock_return_value'] is DEFAULT and state['_mock_wraps'] is not None:
            return state['_mock_wraps'](*args, **kwargs)
        return self.return_value

    def _mock_call(self, /, *args, **kwargs):
        effect = self.__dict__['_mock_side_effect']
        if effect is None:
            return self._default_result(args, kwargs)
        if _is_exception(effect):
            raise effect
        if callable(effect):
            result = effect(*args, **kwargs)
        else:
            result = next(effect)
            if _is_exception(result):
                raise result
        if result is DEFAULT:
            return self._default_result(args, kwargs)
        return result


class Mock(CallableMixin, NonCallableMock):
    pass


# ---------------------------------------------------------------- MagicMock

def _identity_eq(owner, other):
    return owner is other


def _identity_ne(owner, other):
    return owner is not other


# What a magic method of a MagicMock returns until told otherwise: a fixed value, or
# (for the callables) a value computed from the MagicMock and the call's arguments.
_MAGIC_RESULTS = {
    '__len__': 0, '__contains__': False, '__bool__': True, '__int__': 1, '__float__': 1.0,
    '__index__': 1, '__exit__': False, '__setitem__': None, '__delitem__': None,
    '__iter__': lambda owner: iter([]),
    '__hash__': lambda owner: hash(id(owner)),
    '__str__': lambda owner: repr(owner),
    '__eq__': _identity_eq,
    '__ne__': _identity_ne,
}
_COMPUTED = (type(_identity_eq),)
# magic methods that return a MagicMock (their return_value) unless configured
_MAGIC_PLAIN = ('__getitem__', '__enter__')
_MAGIC_NAMES = frozenset(_MAGIC_RESULTS) | frozenset(_MAGIC_PLAIN)


class _MagicMethodMock(Mock):
    """The mock behind one magic method of a MagicMock."""

    def _get_child_mock(self, **kw):
        return MagicMock(**kw)

    def _default_result(self, args, kwargs):
        name = self.__dict__['_mock_name']
        if self.__dict__['_mock_return_value'] is DEFAULT and name in _MAGIC_RESULTS:
            preset = _MAGIC_RESULTS[name]
            if isinstance(preset, _COMPUTED):
                return preset(self.__dict__['_mock_new_parent'], *args)
            return preset
        return Mock._default_result(self, args, kwargs)

    def _mock_call(self, /, *args, **kwargs):
        result = Mock._mock_call(self, *args, **kwargs)
        # iter(m) needs an iterator even when return_value was set to a list
        return iter(result) if self.__dict__['_mock_name'] == '__iter__' else result


def _magic_member(owner, name):
    children = owner.__dict__['_mock_children']
    member = children.get(name)
    if member is _DELETED:
        raise AttributeError(name)
    if member is None:
        member = _MagicMethodMock(name=name, _new_name=name, _new_parent=owner)
        children[name] = member
    return member


def _magic_method(name):
    """The class-level method for one magic name: it runs that instance's member mock."""
    def run_member(self, *args):
        member = _magic_member(self, name)
        if isinstance(member, NonCallableMock):
            return member(*args)
        return member(self, *args)
    run_member.__name__ = name
    return run_member


class MagicMixin:
    # Each instance keeps its member mocks both in the children table and in its own
    # __dict__, where attribute lookup finds them before the class's methods: so
    # m.__len__.return_value = 3 configures what len(m) returns.

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        state = self.__dict__
        for name in _MAGIC_NAMES:
            state[name] = _magic_member(self, name)

    def __lt__(self, other):
        return NotImplemented

    __gt__ = __le__ = __ge__ = __lt__

    def __setattr__(self, name, value):
        if name in _MAGIC_NAMES:
            self.__dict__['_mock_children'][name] = value
            self.__dict__[name] = value
            if isinstance(value, NonCallableMock):
                self._adopt(value, name, True)
            return
        NonCallableMock.__setattr__(self, name, value)


for _name in sorted(_MAGIC_NAMES):
    setattr(MagicMixin, _name, _magic_method(_name))
del _name


class MagicMock(MagicMixin, Mock):
    pass


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    pass


class PropertyMock(Mock):
    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    kind = MagicMock if callable(spec) else NonCallableMagicMock
    return kind(spec=spec, **kwargs)


# ---------------------------------------------------------------- patch

def _importer(target):
    """The object a dotted path names, importing modules along the way."""
    segments = target.split('.')
    found = __import__(segments[0])
    for depth in range(1, len(segments)):
        step = segments[depth]
        if not hasattr(found, step):
            __import__('.'.join(segments[:depth + 1]))
        found = getattr(found, step)
    return found


def _split_target(target):
    if not isinstance(target, str) or '.' not in target:
        raise TypeError(f'Need a valid target to patch. You supplied: {target!r}')
    owner_path, attribute = target.rsplit('.', 1)
    return (lambda: _importer(owner_path)), attribute


# attributes that always exist on functions: after a patch they are restored, not deleted
_ALWAYS_PRESENT = ('__doc__', '__module__', '__defaults__', '__annotations__', '__kwdefaults__')


class _Patcher:
    """One patch(...) / patch.object(...): a context manager, a decorator, or start/stop."""

    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new_callable is not None and new is not DEFAULT:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.spec_set = spec_set
        self.create = create
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []
        self._saved = []

    def copy(self):
        twin = _Patcher(self.getter, self.attribute, self.new, self.spec, self.create,
                        self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        return twin

    # ---- as a decorator

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        stacked = getattr(func, 'patchings', None)
        if stacked is not None:
            stacked.append(self)
            return func
        return _patched_function(func, [self])

    def _decorate_class(self, klass):
        for attr in dir(klass):
            if attr.startswith(patch.TEST_PREFIX):
                member = getattr(klass, attr)
                if callable(member):
                    setattr(klass, attr, self.copy()(member))
        return klass

    # ---- as a context manager

    def get_original(self):
        owner = self.getter()
        name = self.attribute
        try:
            return owner.__dict__[name], True
        except (AttributeError, KeyError, TypeError):
            pass
        found = getattr(owner, name, DEFAULT)
        if found is DEFAULT and not self.create:
            raise AttributeError(f'{owner} does not have the attribute {name!r}')
        return found, False

    def _replacement(self, original):
        if self.new is not DEFAULT:
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return self.new
        options = dict(self.kwargs)
        spec = original if self.spec is True else self.spec
        if spec is not None:
            options['spec'] = spec
        if self.spec_set not in (None, False):
            options['spec_set'] = original if self.spec_set is True else self.spec_set
        if self.new_callable is not None:
            factory = self.new_callable
        elif spec is not None and not callable(spec):
            factory = NonCallableMagicMock
        else:
            factory = MagicMock
        return factory(**options)

    def __enter__(self):
        owner = self.getter()
        original, local = self.get_original()
        replacement = self._replacement(original)
        self._saved.append((owner, original, local))
        setattr(owner, self.attribute, replacement)
        return replacement

    def __exit__(self, *exc_info):
        if not self._saved:
            return False
        owner, original, local = self._saved.pop()
        name = self.attribute
        if local and original is not DEFAULT:
            setattr(owner, name, original)
            return False
        delattr(owner, name)
        if not self.create and (name in _ALWAYS_PRESENT or not hasattr(owner, name)):
            setattr(owner, name, original)
        return False

    def start(self):
        result = self.__enter__()
        _running_patches.append(self)
        return result

    def stop(self):
        if self not in _running_patches:
            return None
        _running_patches.remove(self)
        return self.__exit__(None, None, None)


_running_patches = []


def _patched_function(func, patchers):
    """Wrap func so each call runs inside its patchers; the mocks they create are
    appended to the positional arguments (innermost decorator first)."""
    from functools import wraps

    @wraps(func)
    def run_patched(*args, **kwargs):
        active = []
        extra = []
        try:
            for patcher in run_patched.patchings:
                made = patcher.__enter__()
                active.append(patcher)
                if patcher.attribute_name is not None:
                    kwargs[patcher.attribute_name] = made
                elif patcher.new is DEFAULT:
                    extra.append(made)
            return func(*args, *extra, **kwargs)
        finally:
            while active:
                active.pop().__exit__(None, None, None)

    run_patched.patchings = patchers
    return run_patched


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if isinstance(target, str):
        raise TypeError(f'{target!r} must be the actual object to be patched, not a str')
    return _Patcher(lambda: target, attribute, new, spec, create, spec_set, autospec,
                    new_callable, kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    getter, attribute = _split_target(target)
    return _Patcher(getter, attribute, new, spec, create, spec_set, autospec,
                    new_callable, kwargs)


class _patch_dict:
    """patch.dict(d, values, clear=False, **more): update a dict, restore it afterwards."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values, **kwargs)
        self.clear = clear
        self._snapshot = None

    def _apply(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        self._snapshot = self.in_dict.copy()
        if self.clear:
            self.in_dict.clear()
        self.in_dict.update(self.values)
        return self.in_dict

    def _restore(self):
        if self._snapshot is None:
            return False
        self.in_dict.clear()
        self.in_dict.update(self._snapshot)
        self._snapshot = None
        return False

    def __call__(self, func):
        from functools import wraps

        @wraps(func)
        def with_patched_dict(*args, **kwargs):
            self._apply()
            try:
                return func(*args, **kwargs)
            finally:
                self._restore()
        return with_patched_dict

    def __enter__(self):
        return self._apply()

    def __exit__(self, *exc_info):
        return self._restore()

    def start(self):
        return self._apply()

    def stop(self):
        return self._restore()


def _patch_stopall():
    for patcher in list(reversed(_running_patches)):
        patcher.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
