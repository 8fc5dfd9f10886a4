import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heappush(h, v)
print(h, [heappop(h) for _ in range(len(h))])
data = [9, 7, 5, 3, 1, 2, 4, 6, 8, 0]
heapify(data); print(data, data[0])
print(heapreplace(data, 10), heappushpop(data, -1), heappushpop(data, 100), data[0])
print(nlargest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]), nsmallest(3, [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]))
portfolio = [{'name': 'IBM', 'price': 91.1}, {'name': 'AAPL', 'price': 543.22}, {'name': 'FB', 'price': 21.09}]
print(nsmallest(2, portfolio, key=lambda s: s['price']), nlargest(1, portfolio, key=lambda s: s['price']))
tasks = []
heappush(tasks, (2, 'write')); heappush(tasks, (1, 'plan')); heappush(tasks, (3, 'test')); heappush(tasks, (1, 'coffee'))
while tasks:
    print(heappop(tasks))
graph = {'A': [('B', 1), ('C', 4)], 'B': [('C', 2), ('D', 5)], 'C': [('D', 1)], 'D': []}
dist = {'A': 0}
pq = [(0, 'A')]
while pq:
    d, u = heappop(pq)
    if d > dist.get(u, float('inf')):
        continue
    for v, w in graph[u]:
        if d + w < dist.get(v, float('inf')):
            dist[v] = d + w
            heappush(pq, (d + w, v))
print(dist)
try:
    heappop([])
except IndexError as e:
    print("IndexError:", e)
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left
a = [1, 2, 4, 4, 8]
print(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 4), bisect_left(a, 0), bisect_right(a, 9), bisect_left(a, 4, 3), bisect_left(a, 4, 0, 2))
insort(a, 3); insort_left(a, 4); bisect.insort_right(a, 10); print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort(recs, ('z', 4), key=lambda r: r[1]); print(recs)
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
