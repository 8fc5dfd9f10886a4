"""Mock objects and patching: Mock, MagicMock, call, ANY, sentinel, patch (heapscope)."""

# Calls are recorded on the mock and its parents (call_args_list, method_calls,
# mock_calls); the assert_* messages are CPython 3.11's. Missing: spec/autospec
# checking beyond spec's attribute list, AsyncMock, seal, mock_open.

import builtins
import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'patch',
           'sentinel', 'DEFAULT', 'ANY', 'call', 'PropertyMock', 'create_autospec')

FILTER_DIR = True


class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _ANY:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    message = '%s(%%s)' % name
    formatted_args = ''
    args_string = ', '.join([repr(arg) for arg in args])
    kwargs_string = ', '.join(['%s=%r' % (key, value) for key, value in kwargs.items()])
    if args_string:
        formatted_args = args_string
    if kwargs_string:
        if formatted_args:
            formatted_args += ', '
        formatted_args += kwargs_string
    return message % formatted_args


class _Call(tuple):
    # call(1, a=2) / call.name(...): (name, args, kwargs), comparable with recorded calls.

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif _len == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name = ''
        if len(self) == 2:
            self_args, self_kwargs = self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args = value
                other_kwargs = {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args = ()
                other_kwargs = value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __call__(self, /, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    @property
    def args(self):
        return self[-2] if len(self) == 3 else self[0]

    @property
    def kwargs(self):
        return self[-1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if sub_list == value:
                return True
        return False

    def __repr__(self):
        return repr(list(self))


def _is_exception(obj):
    return (isinstance(obj, BaseException) or
            (isinstance(obj, type) and issubclass(obj, BaseException)))


class NonCallableMock:
    _mock_methods = None

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, _spec_as_instance=False,
                 _eat_self=None, unsafe=False, **kwargs):
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_wraps'] = wraps
        d['_mock_children'] = {}
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        spec = spec_set if spec_set is not None else spec
        d['_mock_methods'] = None if spec is None else (
            list(spec) if isinstance(spec, list) else dir(spec))
        d['_spec_class'] = spec if isinstance(spec, type) else (
            type(spec) if spec is not None and not isinstance(spec, list) else None)
        d['_mock_sealed'] = False
        if kwargs:
            self.configure_mock(**kwargs)

    def attach_mock(self, mock, attribute):
        mock.__dict__['_mock_parent'] = None
        mock.__dict__['_mock_new_parent'] = None
        mock.__dict__['_mock_name'] = ''
        mock.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def _get_child_mock(self, **kw):
        klass = type(self)
        if isinstance(self, MagicMock) or klass is NonCallableMagicMock:
            klass = MagicMock
        elif klass is NonCallableMock:
            klass = Mock
        return klass(**kw)

    @property
    def return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    @return_value.setter
    def return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value._mock_new_parent is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    @property
    def side_effect(self):
        return self._mock_side_effect

    @side_effect.setter
    def side_effect(self, value):
        if value is not None and not callable(value) and not _is_exception(value):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    called = property(lambda self: self._mock_called)
    call_count = property(lambda self: self._mock_call_count)
    call_args = property(lambda self: self._mock_call_args)
    call_args_list = property(lambda self: self._mock_call_args_list)
    mock_calls = property(lambda self: self._mock_mock_calls)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(return_value=return_value, side_effect=side_effect)
        ret = d['_mock_return_value']
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock()

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        if name.startswith(('__', '_mock_')) and name.endswith('__') or name.startswith('_mock_'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None and name not in methods:
            raise AttributeError("Mock object has no attribute %r" % name)
        if not self.__dict__.get('_mock_unsafe') and name.startswith(
                ('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError(
                f"{name!r} is not a valid assertion. Use a spec for the mock if {name!r} is meant to be an attribute.")
        children = self.__dict__['_mock_children']
        result = children.get(name)
        if result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def _extract_mock_name(self):
        _name_list = [self._mock_new_name]
        _parent = self._mock_new_parent
        last = self
        dot = '.'
        if _name_list == ['()']:
            dot = ''
        while _parent is not None:
            last = _parent
            _name_list.append(_parent._mock_new_name + dot)
            dot = '.'
            if _parent._mock_new_name == '()':
                dot = ''
            _parent = _parent._mock_new_parent
        _name_list = list(reversed(_name_list))
        _first = last._mock_name or 'mock'
        if len(_name_list) > 1:
            if _name_list[1] not in ('()', '().'):
                _first += '.'
        _name_list[0] = _first
        return ''.join(_name_list)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r' % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def __setattr__(self, name, value):
        methods = self.__dict__.get('_mock_methods')
        if (methods is not None and name not in methods and name not in self.__dict__
                and not name.startswith('_') and self.__dict__.get('_spec_set')):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if isinstance(value, NonCallableMock) and name not in ('return_value',):
            if value._mock_parent is None and value._mock_new_parent is None:
                value.__dict__['_mock_parent'] = self
                value.__dict__['_mock_name'] = name
                value.__dict__['_mock_new_parent'] = self
                value.__dict__['_mock_new_name'] = name
            self.__dict__['_mock_children'][name] = value
            return
        cls = type(self)
        for klass in cls.__mro__:
            if name in klass.__dict__ and isinstance(klass.__dict__[name], property):
                klass.__dict__[name].__set__(self, value)
                return
        if name in self.__dict__.get('_mock_children', {}):
            del self.__dict__['_mock_children'][name]
        self.__dict__[name] = value

    def __delattr__(self, name):
        children = self.__dict__['_mock_children']
        if name in children:
            del children[name]
        elif name in self.__dict__:
            del self.__dict__[name]
        else:
            raise AttributeError(name)

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n in self._mock_children]
        return sorted(set(extras + from_type + from_dict + from_child))

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {self.mock_calls!r}."

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = "Expected '%s' to have been called." % (self._mock_name or 'mock')
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n  Actual: %s'
                             % (expected, actual))
            raise AssertionError(error_message)
        expected = _Call((args, kwargs), two=True)
        actual = self.call_args
        if actual != expected:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count, self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = 'Calls not found.'
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="  Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, found %r instead' %
                (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        actual = [_Call(c, two=True) for c in self.call_args_list]
        if expected not in actual:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)


class CallableMixin:

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, /, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        _call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = _call
        d['_mock_call_args_list'].append(_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = _new_parent._mock_name + '.' + method_call_name
            this_mock_call = _Call((mock_call_name, args, kwargs))
            _new_parent._mock_mock_calls.append(this_mock_call)
            if _new_parent._mock_new_name:
                if is_a_call:
                    dot = ''
                else:
                    dot = '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    pass


# ---------------------------------------------------------------- MagicMock

_MAGIC_DEFAULTS = {
    '__len__': 0,
    '__contains__': False,
    '__bool__': True,
    '__int__': 1,
    '__float__': 1.0,
    '__index__': 1,
    '__exit__': False,
    '__setitem__': None,
    '__delitem__': None,
}
# Defaults computed from the mock when called (unless a return_value was configured).
_MAGIC_COMPUTED = {
    '__iter__': lambda parent: iter([]),
    '__hash__': lambda parent: hash(id(parent)),
    '__str__': lambda parent: repr(parent),
}


class _MagicChild(Mock):
    # The mock standing for one magic method; what it returns by default is a MagicMock.
    def _get_child_mock(self, **kw):
        return MagicMock(**kw)


def _magic_child(self, name):
    children = self.__dict__['_mock_children']
    m = children.get(name)
    if m is None:
        m = _MagicChild(name=name, _new_name=name, _new_parent=self)
        if name in _MAGIC_DEFAULTS:
            m.return_value = _MAGIC_DEFAULTS[name]
        elif name in _MAGIC_COMPUTED:
            compute = _MAGIC_COMPUTED[name]

            def effect(*args, _m=m, _compute=compute, _parent=self):
                if _m.__dict__['_mock_return_value'] is not DEFAULT:
                    return DEFAULT
                return _compute(_parent)
            m.side_effect = effect
        children[name] = m
    return m


class MagicMixin:
    def __len__(self):
        return _magic_child(self, '__len__')()

    def __iter__(self):
        return iter(_magic_child(self, '__iter__')())

    def __contains__(self, item):
        return _magic_child(self, '__contains__')(item)

    def __bool__(self):
        return _magic_child(self, '__bool__')()

    def __int__(self):
        return _magic_child(self, '__int__')()

    def __float__(self):
        return _magic_child(self, '__float__')()

    def __index__(self):
        return _magic_child(self, '__index__')()

    def __getitem__(self, key):
        return _magic_child(self, '__getitem__')(key)

    def __setitem__(self, key, value):
        return _magic_child(self, '__setitem__')(key, value)

    def __delitem__(self, key):
        return _magic_child(self, '__delitem__')(key)

    def __enter__(self):
        return _magic_child(self, '__enter__')()

    def __exit__(self, *args):
        return _magic_child(self, '__exit__')(*args)

    def __str__(self):
        return _magic_child(self, '__str__')()

    def __hash__(self):
        return _magic_child(self, '__hash__')()

    def __eq__(self, other):
        child = self.__dict__['_mock_children'].get('__eq__')
        if child is not None:
            return child(other)
        return self is other

    def __ne__(self, other):
        child = self.__dict__['_mock_children'].get('__ne__')
        if child is not None:
            return child(other)
        return self is not other

    def __lt__(self, other):
        return NotImplemented

    __gt__ = __le__ = __ge__ = __lt__

    def __getattr__(self, name):
        if name in _MAGIC_DEFAULTS or name in _MAGIC_COMPUTED or name in _MAGIC_CHILD or name in ('__eq__', '__ne__'):
            if name == '__call__':
                raise AttributeError(name)
            return _magic_child(self, name)
        return NonCallableMock.__getattr__(self, name)


_MAGIC_NAMES = tuple(_MAGIC_DEFAULTS) + tuple(_MAGIC_COMPUTED) + ('__getitem__', '__enter__')


class MagicMock(MagicMixin, Mock):
    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        # m.__len__ etc. must be the configurable child mocks: they live in the
        # instance dict, which attribute lookup consults before the class's methods.
        d = self.__dict__
        for name in _MAGIC_NAMES:
            d[name] = _magic_child(self, name)


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    def __init__(self, *args, **kwargs):
        NonCallableMock.__init__(self, *args, **kwargs)
        d = self.__dict__
        for name in _MAGIC_NAMES:
            d[name] = _magic_child(self, name)


class PropertyMock(Mock):
    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, **kwargs):
    klass = MagicMock
    if not callable(spec):
        klass = NonCallableMagicMock
    return klass(spec=spec, **kwargs)


# ---------------------------------------------------------------- patch

def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        if hasattr(thing, comp):
            thing = getattr(thing, comp)
        else:
            thing = __import__(import_path)
            for c in import_path.split('.')[1:]:
                thing = getattr(thing, c)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


class _patch:
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
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        return _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)

    def __call__(self, func):
        if isinstance(func, type):
            for attr in dir(func):
                if attr.startswith('test'):
                    value = getattr(func, attr)
                    if callable(value):
                        setattr(func, attr, self.copy()(value))
            return func
        patchings = getattr(func, 'patchings', None)
        if patchings is not None:
            patchings.append(self)
            return func
        from functools import wraps

        @wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs[patching.attribute_name] = arg
                    elif patching.new is DEFAULT:
                        extra.append(arg)
                return func(*(args + tuple(extra)), **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(None, None, None)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError, TypeError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError("%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT:
            if self.new_callable is not None:
                Klass = self.new_callable
            elif spec is not None or spec_set is not None:
                Klass = MagicMock if callable(spec if spec is not True else original) else NonCallableMagicMock
            else:
                Klass = MagicMock
            kw = dict(self.kwargs)
            if spec is True:
                spec = original
            if spec is not None:
                kw['spec'] = spec
            if spec_set is not None and spec_set is not False:
                kw['spec_set'] = original if spec_set is True else spec_set
            new = Klass(**kw)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        new_attr = new
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new_attr)
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            delattr(self.target, self.attribute)
            if not self.create and (not hasattr(self.target, self.attribute) or
                                    self.attribute in ('__doc__', '__module__', '__defaults__',
                                                       '__annotations__', '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        return False

    def start(self):
        result = self.__enter__()
        _patch._active_patches.append(self)
        return result

    def stop(self):
        try:
            _patch._active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


_patch._active_patches = []


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, **kwargs):
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable, kwargs)


class _patch_dict:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        from functools import wraps

        @wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        self._original = in_dict.copy()
        if self.clear:
            in_dict.clear()
        in_dict.update(self.values)

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        in_dict.update(original)

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patch in reversed(_patch._active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
