import itertools
from itertools import *
import operator
print(list(islice(count(5), 4)), list(islice(count(0, 2.5), 3)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(zip(range(3), repeat(0))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([3, 1, 4], max, initial=2)))
print(list(chain('ab', [1, 2])), list(chain.from_iterable(['xy', 'z'])))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([k for k, g in groupby('AAAABBBCCDAABBB')], [list(g) for k, g in groupby('AAAABBBCCD')])
for k, g in groupby(sorted(['apple', 'avocado', 'banana', 'blueberry', 'cherry']), key=lambda w: w[0]):
    print(k, list(g))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3])))
print(list(product('AB', 'xy')), len(list(product(range(3), repeat=3))))
print(list(permutations('ABC', 2)), len(list(permutations(range(4)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('AB', 3)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(pairwise('ABCDE')), list(pairwise([1])))
total = 0
for i, j in product(range(10), range(10)):
    total += i * j
print(total)
print(sum(1 for p in permutations(range(6)) if p[0] < p[-1]))
it = itertools.count()
print(next(it), next(it), next(it))
try:
    list(islice([1, 2], -1))
except ValueError as e:
    print("ValueError:", e)
