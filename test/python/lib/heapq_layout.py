# heapq's functions leave exactly CPython's layout, even for items whose order is not
# total (equal keys, never ==), and raise CPython 3.11's errors.
import heapq


class K:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


seed = 7


def rnd(m):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % m


for trial in range(30):
    h = []
    out = []
    for step in range(40):
        op = rnd(5)
        item = K(rnd(4), step)
        if op <= 1:
            heapq.heappush(h, item)
        elif op == 2 and h:
            out.append(heapq.heappop(h))
        elif op == 3 and h:
            out.append(heapq.heapreplace(h, item))
        else:
            out.append(heapq.heappushpop(h, item))
    print(trial, h, out[:8])
    data = [K(rnd(3), i) for i in range(rnd(30))]
    heapq.heapify(data)
    print("  ", data)

for f in [
    lambda: heapq.heappush((), 1),
    lambda: heapq.heappop(()),
    lambda: heapq.heapreplace((), 1),
    lambda: heapq.heappushpop((), 1),
    lambda: heapq.heappushpop([], 1),
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heapify(()),
    lambda: heapq.heapify({}),
]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
