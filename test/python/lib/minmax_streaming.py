# min, max, heapq.nlargest and heapq.nsmallest: CPython's exact results, ties,
# errors and call order; they stream (the last cases exceed a 16 MiB heap if the
# items were all kept).
import heapq


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Tagged:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __gt__(self, other):
        return self.k > other.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


items = [Tagged(k, t) for k, t in [(3, "a"), (1, "b"), (3, "c"), (1, "d"), (2, "e"), (3, "f")]]
print("max first of equals", max(items), "min first of equals", min(items))
print(max(items, key=lambda t: -t.k), min(items, key=lambda t: -t.k))
print(max(3, 1, 3.0, key=None), min(1, 1.0, True), max([1, 5, 2], default=9), max((), default=9))
print(max("hello"), min("hello"), max([[1, 2], [1, 3], [0, 9]]), max(1, 2), min(2, 1, 0))
print(max(iter([4, 8, 2])), min(x * x for x in range(-3, 4)), max({1: 2, 7: 0}))
attempt("no args", lambda: max())
attempt("no args kw", lambda: max(a=1))
attempt("empty", lambda: max([]))
attempt("empty iter", lambda: min(iter(())))
attempt("default multi", lambda: max(1, 2, default=3))
attempt("bad kw", lambda: min(1, key=len, foo=2))
attempt("not iterable", lambda: max(1))
attempt("mixed max", lambda: max([1, "a"]))
attempt("mixed min", lambda: min([1, "a"]))
attempt("key not callable", lambda: max([1], key=1))
attempt("key raises", lambda: max([1, 0], key=lambda x: 1 // x))

calls = []


def key(x):
    calls.append(x)
    return x % 3


print(max(range(7), key=key), calls)
calls.clear()
print(min(5, 4, 3, key=key), calls)

data = [(k * 7) % 10 for k in range(25)]
for n in (-1, 0, 1, 2, 3, 10, 25, 30):
    a = heapq.nlargest(n, data)
    b = heapq.nsmallest(n, data)
    ok = a == sorted(data, reverse=True)[:max(n, 0)] and b == sorted(data)[:max(n, 0)]
    ga = heapq.nlargest(n, iter(data), key=lambda v: -v)
    gb = heapq.nsmallest(n, (v for v in data), key=lambda v: -v)
    ok = ok and ga == sorted(data, key=lambda v: -v, reverse=True)[:max(n, 0)]
    ok = ok and gb == sorted(data, key=lambda v: -v)[:max(n, 0)]
    print(n, a[:5], b[:5], ok)

# Stability: equal keys keep their order, like sorted().
print(heapq.nlargest(3, items), heapq.nsmallest(3, items))
print(heapq.nlargest(4, iter(items)), heapq.nsmallest(4, iter(items)))
print(heapq.nlargest(3, iter(items), key=lambda t: t.k % 2), heapq.nsmallest(3, iter(items), key=lambda t: t.k % 2))
print(heapq.nlargest(2, "abracadabra"), heapq.nsmallest(3, "abracadabra"), heapq.nlargest(1, []), heapq.nsmallest(1, [], key=len))
attempt("nlargest not iterable", lambda: heapq.nlargest(1, 5))
attempt("nlargest float n", lambda: heapq.nlargest(2.0, [1]))
attempt("nlargest str n", lambda: heapq.nlargest("a", [1]))
attempt("nsmallest mixed", lambda: heapq.nsmallest(2, [1, "a"]))
attempt("nlargest 1 mixed", lambda: heapq.nlargest(1, [1, "a", 3]))
attempt("nlargest None n", lambda: heapq.nlargest(None, [1]))
attempt("nsmallest gen float n", lambda: heapq.nsmallest(2.0, iter([1, 2, 3])))

# Streaming: 300,000 lists of 20 items (~54 MB if kept); one at a time is small.
print(max(([i % 7] * 20 for i in range(300000)))[:3])
print(min(([i % 7] * 20 for i in range(300000)), key=lambda l: -l[0])[:3])
print(len(heapq.nlargest(3, ([i % 11] * 20 for i in range(300000)))))
print([l[0] for l in heapq.nsmallest(3, ([i % 11 + 1] * 20 for i in range(300000)), key=lambda l: l[0])])

# Many ties between items that are never ==: the heaps' exact layout shows.
seed = 12345


def rnd(m):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % m


for trial in range(40):
    size = 1 + rnd(40)
    pool = [Tagged(rnd(5), chr(97 + i % 26) + str(i)) for i in range(size)]
    n = rnd(size + 3)
    print(trial, n, heapq.nlargest(n, iter(pool)), heapq.nsmallest(n, iter(pool)))
    print("  ", heapq.nlargest(n, iter(pool), key=lambda t: t.k % 3), heapq.nsmallest(n, iter(pool), key=lambda t: -t.k))
