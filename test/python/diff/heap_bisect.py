import heapq
import bisect

nums = [5, 3, 8, 1, 9, 2, 7]
h = nums[:]
heapq.heapify(h)
print(h, h[0])
heapq.heappush(h, 0)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums))
print(heapq.nlargest(2, ["aaa", "b", "cc"], key=len))
print(heapq.heappushpop([1, 2, 3], 0), heapq.heapreplace([1, 5, 3], 4))
tasks = []
for pri, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (pri, name))
while tasks:
    print(heapq.heappop(tasks))

def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": []}
print(dijkstra(g, "A"))

grades = [60, 70, 80, 90]
def grade(score): return "FDCBA"[bisect.bisect(grades, score)]
print([grade(s) for s in [33, 60, 75, 89, 90, 100]])
sl = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(sl, x)
print(sl, bisect.bisect_left(sl, 1), bisect.bisect_right(sl, 1), bisect.bisect_left(sl, 10))
def merge_k(lists):
    return list(heapq.merge(*lists)) if hasattr(heapq, "merge") else sorted(x for l in lists for x in l)
print(merge_k([[1, 4, 7], [2, 5], [3, 6, 9]]))
class Job:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"Job({self.p},{self.n})"
jh = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jh)
print(heapq.heappop(jh), jh)
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
print(bisect.bisect_left([1, 2, 3], 2, lo=2), bisect.bisect([(1, "a"), (2, "b")], (2, "a")))
