import math
# math.exp bit for bit with CPython (glibc) on a deterministic sample
state = 987654321
def uniform(lo, hi):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return lo + (hi - lo) * ((state >> 11) / 2**53)
out = []
for i in range(400):
    out.append(repr(math.exp(uniform(-700.0, 700.0) if i % 2 else uniform(-3.0, 3.0))))
print("\n".join(out))
print(math.exp(0), math.exp(1), math.exp(-0.0), math.exp(1e-300), math.exp(709.7), math.exp(-745.2), math.exp(-740))
try: math.exp(710)
except OverflowError as e: print("OverflowError", e)
