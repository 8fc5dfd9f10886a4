"""Command-line parsing: ArgumentParser, Namespace (heapscope).

The common subset: positional and optional arguments with type, default, choices,
nargs ('?', '*', '+', N), required, dest, metavar, const; the actions store,
store_const, store_true, store_false, append, append_const, count, help and version;
argument groups, mutually exclusive groups (not enforced) and subparsers. Help and
usage are laid out like CPython's (80 columns); errors print the usage and
"prog: error: ..." to stderr and exit with status 2.
"""

import sys as _sys
import textwrap as _textwrap

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'FileType',
           'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action',
           'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
           'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            parts.append('**%s' % repr(star))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _argument_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar']
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        text = version.replace('%(prog)s', parser.prog)
        _sys.stdout.write(text + '\n')
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        _option_strings = []
        for option_string in option_strings:
            _option_strings.append(option_string)
            if option_string.startswith('--'):
                _option_strings.append('--no-' + option_string[2:])
        if help is not None and default is not None and default is not SUPPRESS:
            help += " (default: %(default)s)"
        super().__init__(_option_strings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        help = kwargs.pop('help', None)
        parser = self._parser_class(**kwargs)
        if help is not None:
            choice = Action(option_strings=[], dest=name, help=help, metavar=name)
            self._choices_actions.append(choice)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            msg = 'unknown parser %r (choices: %s)' % (parser_name, ', '.join(self._name_parser_map))
            raise ArgumentError(self, msg)
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            vars(namespace).setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
}


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        raise ArgumentTypeError("can't open '%s': files are not available" % string)


# ---------------------------------------------------------------- help layout

class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = 80 - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            return '%s' % get_metavar(1)
        if action.nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if action.nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if action.nargs == REMAINDER:
            return '...'
        if action.nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if action.nargs == SUPPRESS:
            return ''
        return ' '.join(get_metavar(action.nargs))

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return self._metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join('%s %s' % (s, args_string) for s in action.option_strings)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _split_lines(self, text, width):
        text = ' '.join(text.split())
        return _textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = ' '.join(text.split())
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _usage_parts(self, actions):
        opt_parts = []
        pos_parts = []
        for action in actions:
            if action.help is SUPPRESS:
                continue
            if not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
                pos_parts.append(part)
            else:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    default = self._get_default_metavar_for_optional(action)
                    part = '%s %s' % (option_string, self._format_args(action, default))
                if not action.required:
                    part = '[%s]' % part
                opt_parts.append(part)
        return opt_parts, pos_parts

    def format_usage(self, usage, actions, prefix='usage: '):
        prog = self._prog
        if usage is not None:
            return '%s%s\n\n' % (prefix, usage.replace('%(prog)s', prog))
        opt_parts, pos_parts = self._usage_parts(actions)
        text = ' '.join([p for p in [prog] + opt_parts + pos_parts if p])
        text_width = self._width
        if len(prefix) + len(text) > text_width:
            def get_lines(parts, indent, prefix=None):
                lines = []
                line = []
                line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
                for part in parts:
                    if line_len + 1 + len(part) > text_width and line:
                        lines.append(indent + ' '.join(line))
                        line = []
                        line_len = len(indent) - 1
                    line.append(part)
                    line_len += len(part) + 1
                if line:
                    lines.append(indent + ' '.join(line))
                if prefix is not None:
                    lines[0] = lines[0][len(indent):]
                return lines
            if len(prefix) + len(prog) <= 0.75 * text_width:
                indent = ' ' * (len(prefix) + len(prog) + 1)
                if opt_parts:
                    lines = get_lines([prog] + opt_parts, indent, prefix)
                    lines.extend(get_lines(pos_parts, indent))
                elif pos_parts:
                    lines = get_lines([prog] + pos_parts, indent, prefix)
                else:
                    lines = [prog]
            else:
                indent = ' ' * len(prefix)
                parts = opt_parts + pos_parts
                lines = get_lines(parts, indent)
                if len(lines) > 1:
                    lines = []
                    lines.extend(get_lines(opt_parts, indent))
                    lines.extend(get_lines(pos_parts, indent))
                lines = [prog] + lines
            text = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, text)

    def _action_lines(self, action, help_position, indent):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        out = []
        if not action.help:
            out.append('%*s%s\n' % (indent, '', header))
        elif len(header) <= action_width:
            out.append('%*s%-*s  ' % (indent, '', action_width, header))
            indent_first = 0
        else:
            out.append('%*s%s\n' % (indent, '', header))
            indent_first = help_position
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                out.append('%*s%s\n' % (indent_first, '', help_lines[0]))
                for line in help_lines[1:]:
                    out.append('%*s%s\n' % (help_position, '', line))
        elif not out[-1].endswith('\n'):
            out.append('\n')
        sub = getattr(action, '_get_subactions', None)
        if sub is not None:
            for subaction in sub():
                out.extend(self._action_lines(subaction, help_position, indent + self._indent_increment))
        return out

    def format_help(self, parser):
        out = [self.format_usage(parser.usage, parser._actions)]
        if parser.description:
            out.append(self._fill_text(parser.description, self._width, '') + '\n\n')
        groups = [g for g in parser._action_groups if g._group_actions]
        max_len = 0
        for group in groups:
            for action in group._group_actions:
                if action.help is SUPPRESS:
                    continue
                max_len = max(max_len, len(self._format_action_invocation(action)) + 2)
                for sub in getattr(action, '_get_subactions', lambda: [])():
                    max_len = max(max_len, len(self._format_action_invocation(sub)) + 4)
        help_position = min(max_len + 2, self._max_help_position)
        for group in groups:
            items = []
            for action in group._group_actions:
                if action.help is not SUPPRESS:
                    items.extend(self._action_lines(action, help_position, 2))
            if not items and not group.description:
                continue
            text = '%s:\n' % group.title
            if group.description:
                text += self._fill_text(group.description, self._width - 2, '  ') + '\n\n'
            text += ''.join(items) + '\n'
            out.append(text)
        if parser.epilog:
            out.append(self._fill_text(parser.epilog, self._width, '') + '\n\n')
        help = ''.join(out)
        while '\n\n\n' in help:
            help = help.replace('\n\n\n', '\n\n')
        return help.strip('\n') + '\n'


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in [OPTIONAL, ZERO_OR_MORE]:
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- groups and parser

class _ActionsContainer:
    def _register_action(self, action):
        self._container_actions().append(action)
        for s in action.option_strings:
            self._container_options()[s] = action
        return action

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0] if args else kwargs.pop('dest')
            kwargs = dict(kwargs, dest=dest, option_strings=[])
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
                kwargs['required'] = True
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
        else:
            option_strings = list(args)
            for s in option_strings:
                if s[0] not in chars:
                    raise ValueError('invalid option string %r: must start with a character %r'
                                     % (s, chars))
            dest = kwargs.pop('dest', None)
            if dest is None:
                long_opts = [s for s in option_strings if len(s) > 1 and s[1] in chars]
                dest = (long_opts or option_strings)[0].lstrip(chars).replace('-', '_')
            kwargs = dict(kwargs, dest=dest, option_strings=option_strings)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        action_class = _ACTIONS.get(action_name, action_name) if not callable(action_name) or action_name is None else action_name
        if isinstance(action_class, str) or action_class is None:
            raise ValueError('unknown action "%s"' % (action_name,))
        type_func = kwargs.get('type')
        if type_func is not None and not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        action = action_class(**kwargs)
        for s in action.option_strings:
            if s in self._container_options():
                raise ArgumentError(action, 'conflicting option string: %s' % s)
        self._register_action(action)
        if self._group_list() is not None:
            self._group_list().append(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self._parser(), *args, **kwargs)
        self._parser()._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _ArgumentGroup(self._parser(), None)
        group._group_actions = self._group_list() if self._group_list() is not None else self._parser()._optionals._group_actions
        return group

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._container_actions():
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._container_actions():
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, parser, title=None, description=None, **kwargs):
        self._owner = parser
        self.title = title
        self.description = description
        self._group_actions = []
        self.prefix_chars = parser.prefix_chars
        self._defaults = parser._defaults
        self.argument_default = parser.argument_default

    def _parser(self):
        return self._owner

    def _container_actions(self):
        return self._owner._actions

    def _container_options(self):
        return self._owner._option_string_actions

    def _group_list(self):
        return self._group_actions


class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _sys.argv[0].rsplit('/', 1)[-1] if _sys.argv and _sys.argv[0] else 'main.py'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._action_groups = []
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            self._optionals.add_argument('-h', '--help', action='help', default=SUPPRESS,
                                         help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction):
                    continue
                self._register_action(action)
                group = self._optionals if action.option_strings else self._positionals
                group._group_actions.append(action)
            self._defaults.update(parent._defaults)

    def _parser(self):
        return self

    def _container_actions(self):
        return self._actions

    def _container_options(self):
        return self._option_string_actions

    def _group_list(self):
        return None

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        positional = not args or len(args) == 1 and args[0][0] not in chars
        group = self._positionals if positional else self._optionals
        return group.add_argument(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        title = kwargs.pop('title', None)
        description = kwargs.pop('description', None)
        if title is not None or description is not None:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            opt_parts, pos_parts = formatter._usage_parts(
                [a for a in self._actions if a.option_strings and a.required] + positionals)
            kwargs['prog'] = ' '.join([self.prog] + pos_parts)
        parsers_class = kwargs.pop('action', _SubParsersAction)
        kwargs.setdefault('parser_class', type(self))
        action = parsers_class(option_strings=[], **kwargs)
        self._register_action(action)
        self._subparsers._group_actions.append(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # ------------------------------------------------------------ parsing

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _find_option(self, arg):
        # (action, option string, explicit value) for an option-looking argument, or None.
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if '=' in arg:
            name, value = arg.split('=', 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, value
        if len(arg) > 1 and arg[1] in self.prefix_chars:
            if self.allow_abbrev:
                name = arg.split('=', 1)[0]
                matches = [s for s in self._option_string_actions if s.startswith(name)]
                if len(matches) > 1:
                    args = ', '.join(matches)
                    self.error('ambiguous option: %s could match %s' % (name, args))
                if len(matches) == 1:
                    value = arg.split('=', 1)[1] if '=' in arg else None
                    return self._option_string_actions[matches[0]], matches[0], value
            return None
        short = arg[:2]
        if short in self._option_string_actions:
            return self._option_string_actions[short], short, arg[2:]
        return None

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if self._find_option(arg) is not None:
            return True
        try:
            float(arg)
            return False
        except ValueError:
            pass
        return ' ' not in arg

    def _get_values(self, action, strings):
        if action.nargs == PARSER or action.nargs == REMAINDER:
            return [self._get_value(action, strings[0])] + strings[1:] if action.nargs == PARSER else strings
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            self._check_value(action, value) if not isinstance(value, list) else None
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        value = [self._get_value(action, v) for v in strings]
        for v in value:
            self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {'value': value, 'choices': ', '.join(map(repr, action.choices))}
            raise ArgumentError(action, 'invalid choice: %(value)r (choose from %(choices)s)' % args)

    def _nargs_range(self, action):
        n = action.nargs
        if n is None:
            return 1, 1
        if n == OPTIONAL:
            return 0, 1
        if n == ZERO_OR_MORE:
            return 0, None
        if n == ONE_OR_MORE:
            return 1, None
        if n in (PARSER,):
            return 1, None
        if n == REMAINDER:
            return 0, None
        return n, n

    def _parse_known_args(self, arg_strings, namespace):
        extras = []
        positional_strings = []
        seen = set()
        i = 0
        after_dashdash = False
        positionals = [a for a in self._actions if not a.option_strings]
        subparser_pos = next((k for k, a in enumerate(positionals) if a.nargs == PARSER), None)
        while i < len(arg_strings):
            arg = arg_strings[i]
            i += 1
            if after_dashdash:
                positional_strings.append(arg)
                continue
            if arg == '--':
                after_dashdash = True
                continue
            if subparser_pos is not None and len(positional_strings) >= subparser_pos and \
                    not self._looks_like_option(arg):
                positional_strings.append(arg)
                positional_strings.extend(arg_strings[i:])
                break
            if not self._looks_like_option(arg):
                positional_strings.append(arg)
                continue
            found = self._find_option(arg)
            if found is None:
                extras.append(arg)
                continue
            action, option_string, explicit = found
            seen.add(action)
            lo, hi = self._nargs_range(action)
            if explicit is not None:
                if hi == 0:
                    if len(option_string) == 2 and explicit and option_string[1] != self.prefix_chars[0]:
                        # Combined short flags: -xyz
                        action(self, namespace, self._get_values(action, []), option_string)
                        rest = self.prefix_chars[0] + explicit
                        arg_strings.insert(i, rest)
                        continue
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                values = [explicit]
            else:
                values = []
                while i < len(arg_strings) and (hi is None or len(values) < hi):
                    nxt = arg_strings[i]
                    if nxt == '--' or self._looks_like_option(nxt):
                        break
                    values.append(nxt)
                    i += 1
                if len(values) < lo:
                    if action.nargs is None:
                        raise ArgumentError(action, 'expected one argument')
                    if action.nargs == ONE_OR_MORE:
                        raise ArgumentError(action, 'expected at least one argument')
                    raise ArgumentError(action, 'expected %s argument%s'
                                        % (lo, 's' if lo != 1 else ''))
            if hi == 0:
                action(self, namespace, self._get_values(action, []) if action.nargs != 0 else None, option_string)
            else:
                action(self, namespace, self._get_values(action, values), option_string)
        # Positionals: each takes what it needs, leaving enough for the ones after it.
        mins = [self._nargs_range(a)[0] for a in positionals]
        k = 0
        for idx, action in enumerate(positionals):
            lo, hi = self._nargs_range(action)
            remaining = len(positional_strings) - k
            needed_after = sum(mins[idx + 1:])
            take = remaining - needed_after
            if hi is not None:
                take = min(take, hi)
            if take < lo:
                continue
            chunk = positional_strings[k:k + take]
            k += take
            if action.nargs == PARSER:
                seen.add(action)
                action(self, namespace, self._get_values(action, chunk))
                continue
            if chunk or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                if chunk:
                    seen.add(action)
                action(self, namespace, self._get_values(action, chunk))
        extras.extend(positional_strings[k:])
        required = [_argument_name(a) for a in self._actions
                    if a.required and a not in seen]
        if required:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required))
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and \
                    action.dest is not SUPPRESS and getattr(namespace, action.dest, None) is action.default:
                setattr(namespace, action.dest, self._get_value(action, action.default))
        return namespace, extras

    # ------------------------------------------------------------ output

    def format_usage(self):
        return self._get_formatter().format_usage(self.usage, self._actions).rstrip('\n') + '\n'

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        file.write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
