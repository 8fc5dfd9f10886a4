# textwrap on generated texts across widths and options, compared with CPython.
import textwrap

state = [2024]


def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


PIECES = ['word', 'a', 'hyphen-ated', 'self-evident', 'e-mail', '--', 'x--y', 'end.', 'Stop!',
          'why?', '"quoted."', 'Supercalifragilisticexpialidocious', 'ab-cd-ef-gh-ij',
          '123-456', 'under_score', '-lead', 'trail-', 'e.g.', 'long-long-long-long-word']
SPACES = [' ', ' ', ' ', '  ', '\t', '\n', ' \n ', '   ']


def text():
    out = []
    for _ in range(rnd(25)):
        out.append(PIECES[rnd(len(PIECES))])
        out.append(SPACES[rnd(len(SPACES))])
    if rnd(3) == 0:
        out.insert(0, '  ')
    return ''.join(out)


OPTIONS = [
    {},
    {'drop_whitespace': False},
    {'break_long_words': False},
    {'break_on_hyphens': False},
    {'initial_indent': '* ', 'subsequent_indent': '    '},
    {'max_lines': 2},
    {'max_lines': 3, 'placeholder': ' ...'},
    {'max_lines': 1, 'placeholder': '~'},
    {'fix_sentence_endings': True},
    {'expand_tabs': False, 'replace_whitespace': False},
    {'tabsize': 3},
    {'expand_tabs': False},
    {'replace_whitespace': False},
    {'break_long_words': False, 'break_on_hyphens': False, 'drop_whitespace': False},
    {'max_lines': 2, 'drop_whitespace': False},
]

for n in range(150):
    t = text()
    width = [1, 3, 5, 8, 12, 20, 33, 50, 70][rnd(9)]
    opts = OPTIONS[n % len(OPTIONS)]
    try:
        print(width, opts, textwrap.wrap(t, width, **opts))
    except ValueError as e:
        print(width, opts, 'ValueError:', e)
    try:
        print(repr(textwrap.shorten(t, width + 10)))
    except ValueError as e:
        print('ValueError:', e)

for bad in [dict(width=0), dict(width=-3), dict(width=5, max_lines=2, subsequent_indent='    ', placeholder='  [..]')]:
    try:
        print(textwrap.wrap('some words here', **bad))
    except ValueError as e:
        print('ValueError:', e)
print(textwrap.wrap('', 5, max_lines=1), textwrap.fill('a b c d e f g h', 6, max_lines=2))

INDENTS = ['', ' ', '  ', '\t', ' \t', '    ', '\t\t', '  \t ']
for n in range(25):
    lines = []
    for _ in range(rnd(6) + 1):
        kind = rnd(5)
        if kind == 0:
            lines.append(INDENTS[rnd(len(INDENTS))])
        else:
            lines.append(INDENTS[rnd(len(INDENTS))] + PIECES[rnd(len(PIECES))])
    src = '\n'.join(lines) + ['', '\n'][rnd(2)]
    print(repr(src), repr(textwrap.dedent(src)), repr(textwrap.indent(src, '> ')))
w = textwrap.TextWrapper(width=15, subsequent_indent='  ')
print(w.wrap('one two three four five six'), w.fill('seven eight nine ten'), w.width, w.placeholder)
w.width = 8
print(w.wrap('one two three four five six'))
print(repr(textwrap.indent('a\nb\r\nc', '.', lambda line: 'b' in line)))
