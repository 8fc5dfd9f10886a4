"""unittest.main: the command-line front end that loads and runs a module's tests (heapscope)."""

import sys
from unittest import loader, runner
from unittest.signals import installHandler

# (short flag, long flag, attribute, value stored, help) of the switches, in --help order
_SWITCHES = (
    ('-v', '--verbose', 'verbosity', 2, 'Verbose output'),
    ('-q', '--quiet', 'verbosity', 0, 'Quiet output'),
    (None, '--locals', 'tb_locals', True, 'Show local variables in tracebacks'),
    ('-f', '--failfast', 'failfast', True, 'Stop on first fail or error'),
    ('-c', '--catch', 'catchbreak', True, 'Catch Ctrl-C and display results so far'),
    ('-b', '--buffer', 'buffer', True, 'Buffer stdout and stderr during tests'),
)

_HELP_BODY = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
%(switches)s
  -k TESTNAMEPATTERNS  Only run tests which match the given substring

Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase

"""


def _usage(prog):
    lead = 'usage: %s ' % prog
    return (lead + '[-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]\n'
            + ' ' * len(lead) + '[tests ...]\n')


def _help_text(prog):
    rows = []
    for short, long, _attr, _value, text in _SWITCHES:
        flags = long if short is None else short + ', ' + long
        rows.append('  ' + flags.ljust(20) + ' ' + text)
    return _usage(prog) + _HELP_BODY % {'prog': prog, 'switches': '\n'.join(rows)}


class _UsageError(Exception):
    pass


def _parse_command_line(prog, args):
    """({attribute: value} of the options given, [test names]); prints the help or a
    usage error and exits (status 0 or 2) like argparse does."""
    try:
        return _read_args(args)
    except _UsageError as exc:
        sys.stderr.write(_usage(prog) + '%s: error: %s\n' % (prog, exc))
        sys.exit(2)
    except _HelpWanted:
        sys.stdout.write(_help_text(prog))
        sys.exit(0)


class _HelpWanted(Exception):
    pass


def _long_option(word):
    name, eq, value = word.partition('=')
    longs = ['--help'] + [row[1] for row in _SWITCHES]
    if name in longs:
        hits = [name]
    else:
        hits = [flag for flag in longs if flag.startswith(name)]
    if len(hits) > 1:
        raise _UsageError('ambiguous option: %s could match %s' % (name, ', '.join(hits)))
    if not hits:
        return None
    if eq:
        label = '-h/--help' if hits[0] == '--help' else _label_of(hits[0])
        raise _UsageError('argument %s: ignored explicit argument %r' % (label, value))
    return hits[0]


def _label_of(long):
    for short, flag, _attr, _value, _text in _SWITCHES:
        if flag == long:
            return flag if short is None else short + '/' + flag
    return long


def _switch_named(flag):
    for short, long, attr, value, _text in _SWITCHES:
        if flag in (short, long):
            return attr, value
    return None


def _read_args(args):
    options, names, unknown = {}, [], []
    patterns = []
    queue = list(args)
    while queue:
        word = queue.pop(0)
        if word == '--':
            names.extend(queue)
            break
        if word.startswith('--'):
            flag = _long_option(word)
            if flag is None:
                unknown.append(word)
            elif flag == '--help':
                raise _HelpWanted()
            else:
                attr, value = _switch_named(flag)
                options[attr] = value
        elif word.startswith('-') and len(word) > 1:
            letters = word[1:]
            while letters:
                letter, letters = letters[0], letters[1:]
                if letter == 'h':
                    raise _HelpWanted()
                if letter == 'k':
                    if not letters:
                        if not queue or queue[0].startswith('-'):
                            raise _UsageError('argument -k: expected one argument')
                        letters = queue.pop(0)
                    patterns.append(_as_name_pattern(letters))
                    break
                found = _switch_named('-' + letter)
                if found is None:
                    unknown.append(word if letters == word[2:] else '-' + letter + letters)
                    break
                options[found[0]] = found[1]
        else:
            names.append(word)
    if unknown:
        raise _UsageError('unrecognized arguments: ' + ' '.join(unknown))
    if patterns:
        options['testNamePatterns'] = patterns
    return options, names


def _as_name_pattern(text):
    # -k foo selects the tests whose full name contains foo; wildcards are used as given
    return text if '*' in text else '*' + text + '*'


class TestProgram:
    """Loads the tests of a module (or of the names given on the command line), runs
    them with a TextTestRunner and, when exit is true, exits with the outcome."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        self.module = _resolve_module(module)
        argv = sys.argv if argv is None else argv
        self.exit, self.verbosity, self.tb_locals = exit, verbosity, tb_locals
        self.failfast, self.catchbreak, self.buffer = failfast, catchbreak, buffer
        if warnings is None and not getattr(sys, 'warnoptions', None):
            warnings = 'default'   # show warnings even where they are ignored by default
        self.warnings = warnings
        self.defaultTest, self.testRunner, self.testLoader = defaultTest, testRunner, testLoader
        self.progName = argv[0].rpartition('/')[2]  # shown in --help and usage errors
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        # options the caller set (not None) win over an absent command-line switch
        options, self.tests = _parse_command_line(self.progName, argv[1:])
        for attr, value in options.items():
            setattr(self, attr, value)
        default = self.defaultTest
        if self.tests:
            self.testNames = list(self.tests)
        elif default is not None:
            self.testNames = (default,) if isinstance(default, str) else list(default)
        else:
            self.testNames = None   # the whole module
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        load = self.testLoader
        if self.testNamePatterns:
            load.testNamePatterns = self.testNamePatterns
        if self.testNames is not None:
            self.test = load.loadTestsFromNames(self.testNames, self.module)
        else:
            self.test = load.loadTestsFromModule(self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        chosen = runner.TextTestRunner if self.testRunner is None else self.testRunner
        self.testRunner = chosen
        test_runner = _make_runner(chosen, self) if isinstance(chosen, type) else chosen
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())  # SystemExit.code is False or True


def _resolve_module(module):
    if not isinstance(module, str):
        return module
    found = __import__(module)
    for attr in module.split('.')[1:]:
        found = getattr(found, attr)
    return found


def _make_runner(runner_class, program):
    # Older runner classes may not take tb_locals, or any of these options.
    options = dict(verbosity=program.verbosity, failfast=program.failfast,
                   buffer=program.buffer, warnings=program.warnings)
    for extra in ({'tb_locals': program.tb_locals}, {}):
        try:
            return runner_class(**options, **extra)
        except TypeError:
            pass
    return runner_class()


main = TestProgram
