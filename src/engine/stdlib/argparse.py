"""Command-line parsing: ArgumentParser, Namespace (heapscope).

Written for heapscope from the documented behaviour of CPython 3.11's argparse: positional
and optional arguments with type, default, choices, nargs ('?', '*', '+', N, REMAINDER),
required, dest, metavar, const; the actions store, store_const, store_true, store_false,
append, append_const, count, help, version and BooleanOptionalAction; argument groups,
mutually exclusive groups and subparsers. Arguments are matched the way CPython matches
them (runs of positionals between options fill as many positional arguments as they
can). Help and usage are laid out like CPython's at 80 columns; errors print the usage
and "prog: error: ..." to stderr and exit with status 2.
"""

import re as _re
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

_LEFTOVER_KEY = '_UNRECOGNIZED_ARGS_ATTR'
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class Namespace:
    """A plain attribute bag; repr lists the attributes in the order they were set."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        shown = []
        odd = {}
        for key, value in vars(self).items():
            if key.isidentifier():
                shown.append(f'{key}={value!r}')
            else:
                odd[key] = value
        if odd:
            shown.append(f'**{odd!r}')
        return f"{type(self).__name__}({', '.join(shown)})"

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)


def _display_name(action):
    """How error messages name an argument: its option strings, metavar or dest."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for label in (action.metavar, action.dest):
        if label not in (None, SUPPRESS):
            return label
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    pass


# ---------------------------------------------------------------- actions

class Action:
    _FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
               'required', 'help', 'metavar')

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
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
        fields = ', '.join(f'{name}={getattr(self, name)!r}' for name in self._FIELDS)
        return f'{type(self).__name__}({fields})'

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **options):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to '
                             'store, actions such as store true or store const may be more '
                             'appropriate')
        super().__init__(option_strings, dest, nargs=nargs, **options)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _FlagAction(Action):
    """Base of the actions that take no argument after the option."""

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)


class _StoreConstAction(_FlagAction):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _extended(namespace, dest, item):
    # a fresh list each time, so a list given as the default is never modified
    current = getattr(namespace, dest, None)
    setattr(namespace, dest, (list(current) if current is not None else []) + [item])


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        _extended(namespace, self.dest, values)


class _AppendConstAction(_FlagAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _extended(namespace, self.dest, self.const)


class _CountAction(_FlagAction):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (getattr(namespace, self.dest, None) or 0) + 1)


class _HelpAction(_FlagAction):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(_FlagAction):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        _sys.stdout.write(text.replace('%(prog)s', parser.prog) + '\n')
        parser.exit()


class BooleanOptionalAction(Action):
    """--name sets True, --no-name sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        spellings = []
        for text in option_strings:
            spellings.append(text)
            if text.startswith('--'):
                spellings.append('--no-' + text[2:])
        super().__init__(spellings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoiceLine(Action):
    """One sub-command's line under the subparsers entry in the help."""

    def __init__(self, name, aliases, help):
        shown = name if not aliases else f"{name} ({', '.join(aliases)})"
        super().__init__(option_strings=[], dest=name, help=help, metavar=shown)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        kwargs.setdefault('prog', None)
        if kwargs['prog'] is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = tuple(kwargs.pop('aliases', ()))
        if 'help' in kwargs:
            self._choices_actions.append(_ChoiceLine(name, aliases, kwargs.pop('help')))
        child = self._parser_class(**kwargs)
        for key in (name,) + aliases:
            self._name_parser_map[key] = child
        return child

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        if chosen not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, f'unknown parser {chosen!r} (choices: {known})')
        sub_namespace, leftover = self._name_parser_map[chosen].parse_known_args(rest, None)
        for key, value in vars(sub_namespace).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_LEFTOVER_KEY, []).extend(leftover)


_ACTION_CLASSES = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'count': _CountAction,
    'help': _HelpAction, 'version': _VersionAction, 'parsers': _SubParsersAction,
}


class FileType:
    """Only '-' (standard input or output) can be opened: runs have no files."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        raise ArgumentTypeError(f"can't open '{string}': files are not available")


# ---------------------------------------------------------------- help layout

class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self._prog = prog
        self._width = 78 if width is None else width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(self._width - 20, 2 * indent_increment))

    # ---- pieces

    def _metavar_names(self, action, fallback, count):
        """The metavar(s) shown for `count` arguments of an action, as a tuple."""
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is not None:
            chosen = '{' + ','.join(str(c) for c in action.choices) + '}'
        else:
            chosen = fallback
        return chosen if isinstance(chosen, tuple) else (chosen,) * count

    def _format_args(self, action, default_metavar):
        nargs = action.nargs
        if nargs is None:
            return self._metavar_names(action, default_metavar, 1)[0]
        if nargs == OPTIONAL:
            return '[%s]' % self._metavar_names(action, default_metavar, 1)[0]
        if nargs == ZERO_OR_MORE:
            names = self._metavar_names(action, default_metavar, 1)
            if len(names) == 2:
                return '[%s [%s ...]]' % names
            return '[%s ...]' % names[0]
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % self._metavar_names(action, default_metavar, 2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return self._metavar_names(action, default_metavar, 1)[0] + ' ...'
        if nargs == SUPPRESS:
            return ''
        return ' '.join(self._metavar_names(action, default_metavar, nargs))

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _format_action_invocation(self, action):
        if not action.option_strings:
            fallback = self._get_default_metavar_for_positional(action)
            return self._metavar_names(action, fallback, 1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        tail = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(f'{flag} {tail}' for flag in action.option_strings)

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        values = {}
        for key, value in vars(action).items():
            if value is SUPPRESS:
                continue
            values[key] = getattr(value, '__name__', value)
        values['prog'] = self._prog
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    def _split_lines(self, text, width):
        return _textwrap.wrap(' '.join(text.split()), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(' '.join(text.split()), width,
                              initial_indent=indent, subsequent_indent=indent)

    # ---- usage

    def _usage_piece(self, action):
        if not action.option_strings:
            return self._format_args(action, self._get_default_metavar_for_positional(action))
        if action.nargs == 0:
            return action.format_usage()
        tail = self._format_args(action, self._get_default_metavar_for_optional(action))
        return f'{action.option_strings[0]} {tail}'

    def _usage_parts(self, actions, groups=()):
        """Usage words for the options and for the positionals; a mutually exclusive
        group whose members are listed together becomes one '[a | b]' word."""
        by_action = {}
        for group in groups:
            members = [a for a in group._group_actions if a.help is not SUPPRESS]
            if len(members) > 1 and all(a in actions for a in members):
                by_action[members[0]] = (group, members)
        options, positionals = [], []
        skip = set()
        for action in actions:
            if action.help is SUPPRESS or action in skip:
                continue
            if action in by_action:
                group, members = by_action[action]
                skip.update(members)
                body = ' | '.join(self._usage_piece(a) for a in members)
                word = f'({body})' if group.required else f'[{body}]'
                (options if action.option_strings else positionals).append(word)
                continue
            word = self._usage_piece(action)
            if action.option_strings:
                options.append(word if action.required else f'[{word}]')
            elif word:
                positionals.append(word)
        return options, positionals

    def format_usage(self, usage, actions, prefix='usage: ', groups=()):
        prog = self._prog
        if usage is not None:
            return f"{prefix}{usage.replace('%(prog)s', prog)}\n\n"
        options, positionals = self._usage_parts(actions, groups)
        flat = ' '.join(word for word in [prog] + options + positionals if word)
        if len(prefix) + len(flat) <= self._width:
            return f'{prefix}{flat}\n\n'
        return prefix + '\n'.join(self._wrapped_usage(prefix, prog, options, positionals)) + '\n\n'

    def _fill_words(self, words, indent, start_column):
        """Lay words out in lines of at most self._width columns, each line after the
        first starting with `indent`; the first line starts at start_column."""
        lines, current, column = [], [], start_column
        for word in words:
            if current and column + 1 + len(word) > self._width:
                lines.append(current)
                current, column = [], len(indent) - 1
            current.append(word)
            column += 1 + len(word)
        if current:
            lines.append(current)
        return [' '.join(words_of_line) for words_of_line in lines]

    @staticmethod
    def _usage_tokens(words):
        """Split usage words at the spaces outside brackets: '--n N' gives two tokens,
        '[--n N]' one."""
        tokens, current, depth = [], '', 0
        for char in ' '.join(words):
            if char == ' ' and depth == 0:
                if current:
                    tokens.append(current)
                current = ''
                continue
            if char in '[(':
                depth += 1
            elif char in '])':
                depth -= 1
            current += char
        if current:
            tokens.append(current)
        return tokens

    def _wrapped_usage(self, prefix, prog, options, positionals):
        options = self._usage_tokens(options)
        positionals = self._usage_tokens(positionals)
        if len(prefix) + len(prog) <= 0.75 * self._width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            first_words = options if options else positionals
            lines = self._fill_words([prog] + first_words, indent, len(prefix) - 1)
            if options:
                lines += self._fill_words(positionals, indent, len(indent) - 1)
            return [lines[0]] + [indent + line for line in lines[1:]]
        indent = ' ' * len(prefix)
        body = self._fill_words(options + positionals, indent, len(indent) - 1)
        if len(body) > 1:
            body = (self._fill_words(options, indent, len(indent) - 1)
                    + self._fill_words(positionals, indent, len(indent) - 1))
        return [prog] + [indent + line for line in body]

    # ---- help body

    def _action_lines(self, action, help_position, indent):
        heading = self._format_action_invocation(action)
        room = help_position - indent - 2
        pad = ' ' * indent
        out = []
        has_help = bool(action.help) and bool(action.help.strip())
        if not action.help:
            out.append(pad + heading + '\n')
        elif len(heading) <= room:
            out.append(pad + heading.ljust(room) + '  ')
        else:
            out.append(pad + heading + '\n')
        if has_help:
            text = self._expand_help(action)
            if text:
                rows = self._split_lines(text, max(self._width - help_position, 11))
                lead = '' if not out[-1].endswith('\n') else ' ' * help_position
                out.append(lead + rows[0] + '\n')
                out.extend(' ' * help_position + row + '\n' for row in rows[1:])
        elif not out[-1].endswith('\n'):
            out.append('\n')
        for sub in getattr(action, '_get_subactions', lambda: [])():
            out.extend(self._action_lines(sub, help_position, indent + self._indent_increment))
        return out

    def _help_position(self, groups):
        widest = 0
        for group in groups:
            for action in group._group_actions:
                if action.help is SUPPRESS:
                    continue
                widest = max(widest, len(self._format_action_invocation(action)) + 2)
                for sub in getattr(action, '_get_subactions', lambda: [])():
                    widest = max(widest, len(self._format_action_invocation(sub)) + 4)
        return min(widest + 2, self._max_help_position)

    def format_help(self, parser):
        sections = [self.format_usage(parser.usage, parser._actions,
                                      groups=parser._mutually_exclusive_groups)]
        if parser.description:
            sections.append(self._fill_text(parser.description, self._width, '') + '\n\n')
        groups = [g for g in parser._action_groups if g._group_actions]
        column = self._help_position(groups)
        for group in groups:
            rows = []
            for action in group._group_actions:
                if action.help is not SUPPRESS:
                    rows.extend(self._action_lines(action, column, 2))
            if not rows and not group.description:
                continue
            block = group.title + ':\n'
            if group.description:
                block += self._fill_text(group.description, self._width - 2, '  ') + '\n\n'
            sections.append(block + ''.join(rows) + '\n')
        if parser.epilog:
            sections.append(self._fill_text(parser.epilog, self._width, '') + '\n\n')
        text = _re.sub(r'\n\n\n+', '\n\n', ''.join(sections))
        return text.strip('\n') + '\n'


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Also keeps each argument's help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to help texts that do not mention the default."""

    def _get_help_string(self, action):
        text = action.help or ''
        shows_default = action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE)
        if '%(default)' not in text and action.default is not SUPPRESS and shows_default:
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of the argument's type as its metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------- containers

class _ActionsContainer:
    # Shared by the parser and its groups; the parser holds the one list of actions and
    # the table from option string to action.

    def _register_action(self, action):
        owner = self._owner_parser()
        owner._actions.append(action)
        for flag in action.option_strings:
            owner._option_string_actions[flag] = action
            if _NEGATIVE_NUMBER.match(flag):
                owner._has_negative_number_optionals.append(True)
        return action

    def _positional_kwargs(self, args, kwargs):
        if args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        settings = dict(kwargs, dest=args[0] if args else kwargs['dest'], option_strings=[])
        nargs = settings.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
            settings['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in settings:
            settings['required'] = True
        return settings

    def _optional_kwargs(self, args, kwargs):
        marks = self.prefix_chars
        for flag in args:
            if not flag or flag[0] not in marks:
                raise ValueError(f'invalid option string {flag!r}: must start with a '
                                 f'character {marks!r}')
        dest = kwargs.get('dest')
        if dest is None:
            long_flags = [f for f in args if len(f) > 1 and f[1] in marks]
            dest = (long_flags or list(args))[0].lstrip(marks).replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=list(args))

    def add_argument(self, *args, **kwargs):
        owner = self._owner_parser()
        is_positional = not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars)
        if is_positional:
            settings = self._positional_kwargs(args, kwargs)
        else:
            settings = self._optional_kwargs(args, kwargs)
        if 'default' not in settings:
            if settings['dest'] in owner._defaults:
                settings['default'] = owner._defaults[settings['dest']]
            elif owner.argument_default is not None:
                settings['default'] = owner.argument_default
        chosen = settings.pop('action', None)
        action_class = chosen if callable(chosen) else _ACTION_CLASSES.get(chosen)
        if action_class is None:
            raise ValueError(f'unknown action "{chosen}"')
        converter = settings.get('type')
        if converter is not None and not callable(converter):
            raise ValueError(f'{converter!r} is not callable')
        action = action_class(**settings)
        for flag in action.option_strings:
            if flag in owner._option_string_actions:
                raise ArgumentError(action, f'conflicting option string: {flag}')
        self._register_action(action)
        self._place(action)
        return action

    def add_argument_group(self, *args, **kwargs):
        owner = self._owner_parser()
        group = _ArgumentGroup(owner, *args, **kwargs)
        owner._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        owner = self._owner_parser()
        group = _MutuallyExclusiveGroup(self, required)
        owner._mutually_exclusive_groups.append(group)
        return group

    def set_defaults(self, **kwargs):
        owner = self._owner_parser()
        owner._defaults.update(kwargs)
        for action in owner._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        owner = self._owner_parser()
        for action in owner._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return owner._defaults.get(dest)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, parser, title=None, description=None, **kwargs):
        self._parser = parser
        self.title = title
        self.description = description
        self.prefix_chars = parser.prefix_chars
        self.argument_default = parser.argument_default
        self._group_actions = []

    def _owner_parser(self):
        return self._parser

    def _place(self, action):
        self._group_actions.append(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Members are listed in the help under the container the group was made from."""

    def __init__(self, container, required=False):
        super().__init__(container._owner_parser())
        self.required = required
        self._container = container

    def _place(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._place(action)
        self._group_actions.append(action)


# ---------------------------------------------------------------- the parser

class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            script = _sys.argv[0] if _sys.argv and _sys.argv[0] else 'main.py'
            prog = script.rsplit('/', 1)[-1]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._has_negative_number_optionals = []
        self._subparsers = None
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            marker = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(marker + 'h', marker * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._inherit(parent)

    def _inherit(self, parent):
        for action in parent._actions:
            if isinstance(action, _HelpAction):
                continue
            self._register_action(action)
            self._place(action)
        self._defaults.update(parent._defaults)

    def _owner_parser(self):
        return self

    def _place(self, action):
        target = self._optionals if action.option_strings else self._positionals
        target._group_actions.append(action)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        title = kwargs.pop('title', None)
        description = kwargs.pop('description', None)
        if title is None and description is None:
            self._subparsers = self._positionals
        else:
            self._subparsers = self.add_argument_group(title or 'subcommands', description)
        if kwargs.get('prog') is None:
            leading = [a for a in self._actions if not a.option_strings]
            leading = [a for a in self._actions if a.option_strings and a.required] + leading
            words = self._get_formatter()._usage_parts(leading)
            kwargs['prog'] = ' '.join([self.prog] + words[0] + words[1])
        action_class = kwargs.pop('action', _SubParsersAction)
        kwargs.setdefault('parser_class', type(self))
        action = action_class(option_strings=[], **kwargs)
        self._register_action(action)
        self._subparsers._group_actions.append(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    # ---- entry points

    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error('unrecognized arguments: ' + ' '.join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        words = list(_sys.argv[1:] if args is None else args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is SUPPRESS or action.default is SUPPRESS:
                continue
            if not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            leftover = _Run(self, namespace, words).parse()
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, _LEFTOVER_KEY):
            leftover.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, leftover

    # ---- recognising options

    def _lookup_option(self, word):
        """(action or None, option string, attached value or None) when `word` is an
        option; None when it is a positional argument."""
        if not word or word[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if word in table:
            return table[word], word, None
        if len(word) == 1:
            return None
        if '=' in word:
            flag, attached = word.split('=', 1)
            if flag in table:
                return table[flag], flag, attached
        candidates = self._abbreviations(word)
        if len(candidates) > 1:
            names = ', '.join(flag for _, flag, _ in candidates)
            self.error(f'ambiguous option: {word} could match {names}')
        if candidates:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(word) and not self._has_negative_number_optionals:
            return None
        if ' ' in word:
            return None
        return None, word, None

    def _abbreviations(self, word):
        table = self._option_string_actions
        marks = self.prefix_chars
        found = []
        if word[0] in marks and word[1] in marks:
            if not self.allow_abbrev:
                return found
            stem, _, attached = word.partition('=')
            value = attached if '=' in word else None
            for flag, action in table.items():
                if flag.startswith(stem):
                    found.append((action, flag, value))
        elif word[0] in marks:
            short, rest = word[:2], word[2:]
            for flag, action in table.items():
                if flag == short:
                    found.append((action, flag, rest))
                elif flag.startswith(word):
                    found.append((action, flag, None))
        return found

    # ---- values

    def _get_value(self, action, arg_string):
        convert = action.type
        if convert is None:
            return arg_string
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            label = getattr(convert, '__name__', repr(convert))
            raise ArgumentError(action, f'invalid {label} value: {arg_string!r}')

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(action, f'invalid choice: {value!r} (choose from {listed})')

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        nargs = action.nargs
        if not strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else strings
            self._check_value(action, value)
            return value
        if len(strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if nargs == REMAINDER:
            return [self._get_value(action, s) for s in strings]
        if nargs == PARSER:
            values = [self._get_value(action, s) for s in strings]
            self._check_value(action, values[0])
            return values
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, s) for s in strings]
        for value in values:
            self._check_value(action, value)
        return values

    # ---- output

    def format_usage(self):
        text = self._get_formatter().format_usage(self.usage, self._actions,
                                                  groups=self._mutually_exclusive_groups)
        return text.rstrip('\n') + '\n'

    def format_help(self):
        return self._get_formatter().format_help(self)

    def print_usage(self, file=None):
        (_sys.stdout if file is None else file).write(self.format_usage())

    def print_help(self, file=None):
        (_sys.stdout if file is None else file).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')


# ---------------------------------------------------------------- one parse

_SHAPE_FOR_NARGS = {None: '(-*A-*)', OPTIONAL: '(-*A?-*)', ZERO_OR_MORE: '(-*[A-]*)',
                    ONE_OR_MORE: '(-*A[A-]*)', REMAINDER: '([-AO]*)', PARSER: '(-*A[-AO]*)',
                    SUPPRESS: '(-*-*)'}


def _shape(action):
    """A regular expression over the word kinds ('A' argument, 'O' option, '-' the '--'
    marker) matching the words one action consumes."""
    nargs = action.nargs
    if nargs in _SHAPE_FOR_NARGS:
        text = _SHAPE_FOR_NARGS[nargs]
    else:
        text = '(-*' + 'A-*' * nargs + ')'
    if action.option_strings:
        # after an option, '--' ends its arguments
        text = text.replace('-*', '').replace('-', '')
    return text


class _Run:
    """The state of one parse_known_args call."""

    def __init__(self, parser, namespace, words):
        self.parser = parser
        self.namespace = namespace
        self.words = words
        self.seen = set()
        self.seen_explicit = set()
        self.leftover = []
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for action in group._group_actions:
                others = [a for a in group._group_actions if a is not action]
                self.rivals.setdefault(action, []).extend(others)
        self.options_at = {}
        kinds = []
        after_marker = False
        for index, word in enumerate(words):
            if after_marker:
                kinds.append('A')
            elif word == '--':
                kinds.append('-')
                after_marker = True
            else:
                found = parser._lookup_option(word)
                if found is None:
                    kinds.append('A')
                else:
                    self.options_at[index] = found
                    kinds.append('O')
        self.kinds = ''.join(kinds)
        self.waiting = [a for a in parser._actions if not a.option_strings]

    def take(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        if values is not action.default:
            self.seen_explicit.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_explicit:
                    raise ArgumentError(action, f'not allowed with argument {_display_name(rival)}')
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)

    def fill_positionals(self, start):
        """Give the words from `start` to as many waiting positionals as can take them."""
        tail = self.kinds[start:]
        for count in range(len(self.waiting), 0, -1):
            chosen = self.waiting[:count]
            matched = _re.match(''.join(_shape(a) for a in chosen), tail)
            if matched is None:
                continue
            for action, piece in zip(chosen, matched.groups()):
                self.take(action, self.words[start:start + len(piece)])
                start += len(piece)
            del self.waiting[:count]
            break
        return start

    def consume_option(self, start):
        action, flag, attached = self.options_at[start]
        marks = self.parser.prefix_chars
        while True:
            if action is None:
                self.leftover.append(self.words[start])
                return start + 1
            if attached is None:
                break
            fits = _re.match(_shape(action), 'A')
            if fits is None:
                raise ArgumentError(action, self._count_message(action))
            takes = len(fits.group(1))
            if takes == 0 and flag[1] not in marks and attached != '':
                # -xyz: -x takes no argument, so y and z are more short options
                self.take(action, [], flag)
                next_flag = flag[0] + attached[0]
                if next_flag not in self.parser._option_string_actions:
                    raise ArgumentError(action, f'ignored explicit argument {attached!r}')
                action = self.parser._option_string_actions[next_flag]
                flag, attached = next_flag, attached[1:] or None
                continue
            if takes == 1:
                self.take(action, [attached], flag)
                return start + 1
            raise ArgumentError(action, f'ignored explicit argument {attached!r}')
        matched = _re.match(_shape(action), self.kinds[start + 1:])
        if matched is None:
            raise ArgumentError(action, self._count_message(action))
        used = len(matched.group(1))
        self.take(action, self.words[start + 1:start + 1 + used], flag)
        return start + 1 + used

    @staticmethod
    def _count_message(action):
        nargs = action.nargs
        if nargs is None:
            return 'expected one argument'
        if nargs == OPTIONAL:
            return 'expected at most one argument'
        if nargs == ONE_OR_MORE:
            return 'expected at least one argument'
        return 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')

    def parse(self):
        option_indices = sorted(self.options_at)
        last_option = option_indices[-1] if option_indices else -1
        position = 0
        while position <= last_option:
            next_option = min(i for i in option_indices if i >= position)
            if position != next_option:
                reached = self.fill_positionals(position)
                if reached > position:
                    position = reached
                    continue
            if position not in self.options_at:
                self.leftover.extend(self.words[position:next_option])
                position = next_option
            position = self.consume_option(position)
        position = self.fill_positionals(position)
        self.leftover.extend(self.words[position:])
        self.finish()
        return self.leftover

    def finish(self):
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and getattr(namespace, action.dest) is action.default):
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: '
                                + ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.seen_explicit for a in group._group_actions):
                names = ' '.join(_display_name(a) for a in group._group_actions
                                 if a.help is not SUPPRESS)
                raise ArgumentError(None, f'one of the arguments {names} is required')
