# The heap limit holds after resurrection: a __del__ that makes a freed object
# reachable again gets it counted again at once, so its bytes cannot be handed out
# a second time (default heap: 16 MiB).
import gc

LIMIT = gc.mem_alloc() + gc.mem_free()
print("limit", LIMIT)
N = 1_200_000
LIST_BYTES = 16 + 8 * N  # the size model: header + 8 per item (a multiple of 16)
saved = []


class Holder:
    def __init__(self):
        self.big = [0] * N

    def __del__(self):
        saved.append(self)


gc.collect()
base = gc.mem_alloc()
h = Holder()
gc.collect()
held = gc.mem_alloc() - base
print("holder + list", held, "list", LIST_BYTES, "instance", held - LIST_BYTES)
h = None
try:
    second = [1] * N
    print("allocated a second list: wrong")
except MemoryError as e:
    print("MemoryError:", e)
print("resurrected", len(saved), len(saved[0].big))
print("counted again", gc.mem_alloc() - base >= held, gc.mem_alloc() <= LIMIT, gc.mem_free() >= 0)
gc.collect()
# exactly the holder and its list again, plus the slot `saved` grew by (8, rounded up to 16)
print("after collect", gc.mem_alloc() - base - held)

# Freed again for good once nothing holds it: its bytes are available again.
saved.clear()
gc.collect()
print("freed", gc.mem_alloc() == base)
second = [1] * N
gc.collect()
print("second list", len(second), gc.mem_alloc() - base - LIST_BYTES)
second = None

# Resurrection inside a heap-full collection with __del__ allocating too: the bytes of
# the resurrected object are held while __del__ runs, so its own allocation fails.
class Greedy:
    def __init__(self):
        self.big = [0] * N

    def __del__(self):
        saved.append(self)
        try:
            x = [2] * N
            print("__del__ allocated next to the resurrected list: wrong")
        except MemoryError as e:
            print("in __del__:", e)


gc.collect()
g = Greedy()
g = None
try:
    third = [3] * N
    print("allocated: wrong")
except MemoryError as e:
    print("MemoryError:", e)
print(len(saved), gc.mem_alloc() <= LIMIT, gc.mem_free() >= 0)
