# Frequent threshold collections whose finalizers allocate (and so trigger more
# collections) while the program is in the middle of building objects: every
# finalizer runs exactly once, with its own argument.
import gc
import weakref

gc.threshold(256)


class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt


count = [0, 0]
made = []


def cb(i):
    count[0] += 1
    count[1] += i
    made.append([i] * 3)
    if len(made) > 50:
        del made[:25]


head = None
for i in range(3000):
    head = Node(i, head if i % 100 else None)
    weakref.finalize(head, cb, i)
head = None
gc.collect()
print(count[0], count[1], count[1] == sum(range(3000)))
