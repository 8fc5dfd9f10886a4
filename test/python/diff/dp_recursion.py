import sys
from functools import lru_cache

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            dp[i][j] = dp[i-1][j-1] + 1 if a[i-1] == b[j-1] else max(dp[i-1][j], dp[i][j-1])
    out = []
    i, j = m, n
    while i and j:
        if a[i-1] == b[j-1]:
            out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]: i -= 1
        else: j -= 1
    return dp[m][n], "".join(reversed(out))

def edit_distance(s, t):
    prev = list(range(len(t) + 1))
    for i, cs in enumerate(s, 1):
        cur = [i]
        for j, ct in enumerate(t, 1):
            cur.append(min(prev[j] + 1, cur[j-1] + 1, prev[j-1] + (cs != ct)))
        prev = cur
    return prev[-1]

def knapsack(items, cap):
    @lru_cache(None)
    def best(i, c):
        if i == len(items): return 0
        w, v = items[i]
        skip = best(i + 1, c)
        return max(skip, v + best(i + 1, c - w)) if w <= c else skip
    return best(0, cap)

def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None: moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def permutations(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in permutations(s[:i] + s[i+1:])]

def subsets(xs):
    if not xs: return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + r for r in rest]

def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n: sols.append(cur[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            cur.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur)
            cur.pop()
    place(0, set(), set(), set(), [])
    return sols

print(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))
print(knapsack(((1, 1), (3, 4), (4, 5), (5, 7)), 7))
m = hanoi(4); print(len(m), m[:5])
print(permutations("abc"), len(permutations("abcde")))
print(subsets([1, 2, 3]))
q = n_queens(6); print(len(q), q[0], len(n_queens(8)))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
@lru_cache(maxsize=None)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
print(max(range(1, 3000), key=collatz_len), collatz_len(27))
print(sys.getrecursionlimit() >= 1000)
