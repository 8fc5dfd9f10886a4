def bubble_sort(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        key = a[i]; j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]; j -= 1
        a[j + 1] = key
    return a

def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    return out + l[i:] + r[j:]

def quick_sort(a):
    if len(a) < 2: return a
    pivot, *rest = a
    return quick_sort([x for x in rest if x < pivot]) + [pivot] + quick_sort([x for x in rest if x >= pivot])

def selection_sort(a):
    a = a.copy()
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a

def counting_sort(a):
    if not a: return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a: counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]

def binary_search(a, target):
    lo, hi = 0, len(a) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if a[mid] == target: return mid, steps
        if a[mid] < target: lo = mid + 1
        else: hi = mid - 1
    return -1, steps

data = [38, 27, 43, 3, 9, 82, 10, -5, 0, 27]
for f in (bubble_sort, insertion_sort, merge_sort, quick_sort, selection_sort, counting_sort):
    r = f(data)
    print(f"{f.__name__:>15}: {r} {r == sorted(data)}")
s = sorted(data)
for t in (43, 27, 4, -5, 100):
    print(t, binary_search(s, t))
print(merge_sort(list("heapscope")), quick_sort([3.5, -1, 2, 2.0]))
x = 1
for _ in range(5):
    x = (x * 1103515245 + 12345) % 2**31
big = [(x * i) % 1000 for i in range(200)]
print(merge_sort(big) == sorted(big), quick_sort(big)[:10], sorted(big, reverse=True)[:5])
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1]))
