# pprint's layout of nested data at many widths, indents and options, compared with CPython.
import pprint
import collections
import dataclasses
import re

state = [12345]


def rnd(n):
    # A small deterministic generator, so CPython and heapscope build the same data.
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


WORDS = ['alpha', 'be', 'gamma delta', 'a much longer piece of text with spaces', 'x', '',
         'tab\tand\nnewline', 'zz ' * 12]


def make(depth):
    kind = rnd(12 if depth < 3 else 5)
    if kind == 0:
        return rnd(100000) - 50
    if kind == 1:
        return WORDS[rnd(len(WORDS))]
    if kind == 2:
        return rnd(1000) / 7
    if kind == 3:
        return None if rnd(2) else True
    if kind == 4:
        return bytes(range(rnd(30)))
    if kind == 5:
        return [make(depth + 1) for _ in range(rnd(6))]
    if kind == 6:
        return tuple(make(depth + 1) for _ in range(rnd(4)))
    if kind == 7:
        return {WORDS[rnd(len(WORDS))] + str(i): make(depth + 1) for i in range(rnd(5))}
    if kind == 8:
        return {rnd(50) for _ in range(rnd(8))}
    if kind == 9:
        return frozenset(rnd(1000) for _ in range(rnd(6)))
    if kind == 10:
        return collections.OrderedDict((str(i), make(depth + 1)) for i in range(rnd(4)))
    return collections.deque([make(depth + 1) for _ in range(rnd(5))], maxlen=[None, 7][rnd(2)])


for n in range(40):
    data = make(0)
    for width in (1, 8, 20, 35, 60, 80):
        print(pprint.pformat(data, width=width))
    print(pprint.pformat(data, width=30, indent=3))
    print(pprint.pformat(data, width=40, compact=True))
    print(pprint.pformat(data, width=25, depth=2))
    print(pprint.pformat(data, width=25, sort_dicts=False))
    print('-' * 10)


@dataclasses.dataclass
class Point:
    x: int
    y: object
    hidden: int = dataclasses.field(default=0, repr=False)


values = [
    Point(1, [Point(2, 'two ' * 10), {'k': Point(3, None)}]),
    collections.Counter('abracadabra' * 3),
    collections.defaultdict(list, {'a': [1, 2, 3] * 5, 'b': list(range(30))}),
    collections.defaultdict(int),
    collections.Counter(),
    collections.OrderedDict(),
    collections.deque(),
    bytearray(range(40)),
    bytearray(b'ab'),
    b'short',
    'word ' * 40,
    ['word ' * 40],
    {'key': 'word ' * 40},
    'line one\nline two\n' * 5,
    frozenset(range(30)),
    set(),
    frozenset(),
    (1,),
    ((1, 2, 3) * 10,),
    [10 ** 12, 3_000_000, [12345678]],
    {1: 'a', 'b': 2, (1, 2): None, 2.5: [3]},
]
for v in values:
    for width in (10, 40, 80):
        print(pprint.pformat(v, width=width))
    print(pprint.pformat(v, width=30, indent=4, compact=True, underscore_numbers=True))

loop = [1, 2]
loop.append(loop)
d = {'self': None}
d['self'] = d
for v in (loop, d, [loop, loop], {'a': [d] * 3}):
    text = pprint.pformat(v) + ' ' + pprint.pformat(v, width=5) + '\n' + pprint.saferepr(v)
    print(re.sub(r'id=\d+', 'id=N', text), pprint.isreadable(v), pprint.isrecursive(v))
print(pprint.isreadable([1, object]), pprint.isreadable({'a': (1, 2.5)}), pprint.saferepr('x' * 100))
pp = pprint.PrettyPrinter(width=20, depth=1)
pp.pprint([[1, 2], {'a': 1}, (3,)])
print(pp.isrecursive(loop), pp.isreadable([1]), pp.pformat({'z': {'y': 1}}))
print(pp.format([1, [2]], {}, 1, 0))
pprint.pp({'b': 1, 'a': [2] * 30}, width=30)
pprint.pprint({'b': 1, 'a': [2] * 30}, width=30)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)


class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


class MyList(list):
    pass


class ShownList(list):
    def __repr__(self):
        return 'ShownList(%d)' % len(self)


Upper(width=20).pprint({'key': ['some', 'words', 'here'], 'k2': 'v'})
print(pprint.pformat(MyList(range(30)), width=20, compact=True))
print(pprint.pformat([ShownList(range(30))] * 3, width=20))
print(pprint.pformat([], width=1), pprint.pformat({}, width=1, indent=3), pprint.pformat([[]], width=1, indent=3))
