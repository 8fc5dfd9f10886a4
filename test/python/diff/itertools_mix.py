from itertools import (groupby, permutations, combinations, product, zip_longest, accumulate,
    chain, islice, count, cycle, repeat, starmap, takewhile, dropwhile, compress, filterfalse,
    combinations_with_replacement, pairwise, tee)
import operator

data = sorted("mississippi")
print([(k, len(list(g))) for k, g in groupby(data)])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7, 6], key=lambda x: x % 2)])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, grp in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(grp))
print(list(permutations("abc")))
print(list(permutations(range(4), 2))[:5], len(list(permutations(range(5)))))
print(list(combinations([1, 2, 3, 4], 3)), list(combinations("ab", 3)))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")))
print(list(zip_longest("abc", [1, 2], fillvalue="-")), list(zip_longest([1], [], [2, 3])))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(chain.from_iterable(["ab", "cd"])), list(islice(count(10, 5), 4)))
print(list(islice(cycle("xyz"), 7)), list(repeat("k", 3)), list(islice("abcdefg", 1, 6, 2)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))))
print(list(combinations_with_replacement("abc", 2)))
print(list(pairwise([1, 4, 9, 16, 25])))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b))
# classic exercise: all anagram-free 3-letter codes with digit sums
codes = ["".join(p) for p in permutations("1234", 3) if sum(map(int, p)) == 7]
print(codes)
# running totals per group
sales = [("east", 10), ("east", 5), ("west", 7), ("east", 1), ("west", 3)]
sales.sort(key=operator.itemgetter(0))
for region, rows in groupby(sales, key=operator.itemgetter(0)):
    amounts = [amt for _, amt in rows]
    print(f"{region:>6}: {amounts} total={sum(amounts)}")
print(list(zip(count(), "abc")), list(map(operator.add, [1, 2], [10, 20])))
print(sum(1 for _ in combinations(range(10), 4)))
