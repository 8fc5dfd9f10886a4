import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, 1, 2, 3, []))
def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms("abc"), len(perms("abcdef")))
def flatten(x):
    return [z for y in x for z in flatten(y)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], [[6]]]))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
print(sys.getrecursionlimit())
def inf(n): return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("RecursionError:", e)
def nested_list(n):
    l = []
    for _ in range(n):
        l = [l]
    return l
print(str(nested_list(50)).count("["))
def binsearch(a, x, lo=0, hi=None):
    if hi is None: hi = len(a)
    if lo >= hi: return -1
    mid = (lo + hi) // 2
    if a[mid] == x: return mid
    return binsearch(a, x, mid + 1, hi) if a[mid] < x else binsearch(a, x, lo, mid)
print([binsearch(list(range(0, 100, 3)), v) for v in (0, 33, 34, 99)])
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
print(merge_sort([5, 2, 9, 1, 5, 6, -3, 0]))
