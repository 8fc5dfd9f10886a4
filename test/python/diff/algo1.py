def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(10000)
print(len(ps), ps[:10], ps[-3:])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))
def is_palindrome(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("hello"))
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(groups.values(), key=lambda g: (-len(g), g))
print(anagrams(["eat", "tea", "tan", "ate", "nat", "bat"]))
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s; n -= v
    return out
print([roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)])
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            dp[i][j] = dp[i - 1][j - 1] + 1 if a[i - 1] == b[j - 1] else max(dp[i - 1][j], dp[i][j - 1])
    return dp[-1][-1]
print(lcs("ABCBDAB", "BDCABA"), lcs("kitten" * 10, "sitting" * 10))
def bfs(graph, start):
    seen, order, queue = {start}, [], [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nb in graph.get(node, []):
            if nb not in seen:
                seen.add(nb); queue.append(nb)
    return order
g = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
print(bfs(g, "A"))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 10000), key=collatz), collatz(27))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(r) for r in zip(*matrix)], [row[::-1] for row in zip(*matrix)], sum(matrix[i][i] for i in range(3)))
print([[sum(a * b for a, b in zip(r, c)) for c in zip(*matrix)] for r in matrix])
def quicksort(a):
    if len(a) <= 1: return a
    p = a[len(a) // 2]
    return quicksort([x for x in a if x < p]) + [x for x in a if x == p] + quicksort([x for x in a if x > p])
data = [(i * 7919) % 1000 for i in range(500)]
print(quicksort(data) == sorted(data), quicksort(data)[:10])
def bin_str(n): return bin(n)[2:].zfill(8)
print([bin_str(n) for n in (0, 5, 255)], int("11111111", 2), format(10, "08b"))
def caesar(s, k):
    return "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else chr((ord(c) - 65 + k) % 26 + 65) if c.isupper() else c for c in s)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
words = "It was the best of times it was the worst of times".lower().split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in top[:5]:
    print(f"{w:>8}: {'#' * c} ({c})")
print(f"{sum(freq.values())} words, {len(freq)} unique")
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 21)]
print(" ".join(fizz))
def pascal(n):
    row = [1]
    for _ in range(n):
        print(" ".join(map(str, row)).center(40))
        row = [a + b for a, b in zip([0] + row, row + [0])]
pascal(8)
def digits_sum(n): return sum(int(d) for d in str(n))
print(digits_sum(2 ** 1000), digits_sum(3 ** 500))
