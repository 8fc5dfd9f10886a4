import random
from collections import deque
random.seed(7)
class Customer:
    _ids = iter(range(1, 10**6))
    def __init__(self, arrival, service):
        self.id = next(Customer._ids)
        self.arrival, self.service = arrival, service
    def __repr__(self): return f"C{self.id}@{self.arrival}"
queue = deque()
clock, busy_until, waits, served = 0, 0, [], []
for t in range(60):
    if random.random() < 0.4:
        queue.append(Customer(t, random.randint(1, 4)))
    if queue and t >= busy_until:
        c = queue.popleft()
        waits.append(t - c.arrival)
        busy_until = t + c.service
        served.append(c)
print(len(served), "served;", len(queue), "waiting:", list(queue))
print(f"avg wait {sum(waits) / len(waits):.3f}, max {max(waits)}")
hist = {}
for w in waits: hist[w] = hist.get(w, 0) + 1
for w in sorted(hist): print(f"{w:2d} | {'*' * hist[w]}")
print(served[:5], random.sample(served, 3))
