import math
# float ** and math.pow / math.log bit for bit with CPython (glibc) on a deterministic sample
state = 24681357
def uniform(lo, hi):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return lo + (hi - lo) * ((state >> 11) / 2**53)
out = []
for i in range(300):
    x = uniform(0.001, 100.0)
    y = uniform(-10.0, 10.0)
    out.append(f"{x ** y!r} {math.pow(x, y)!r} {math.log(x)!r}")
print("\n".join(out))
print(2.0 ** 0.5, 10.0 ** -2, (-2.0) ** 3, (-2.0) ** -3, 0.0 ** 0, 1.5 ** 1000, 2.0 ** -1074, 2.0 ** -1075, 0.5 ** 1100)
print(math.log(3), math.log(1e-310), math.log(2 ** 1000), math.log(8, 2), math.pow(-8, 3), math.pow(2, 0.5))
for bad in [lambda: 10.0 ** 400, lambda: math.pow(10, 400), lambda: 0.0 ** -1, lambda: math.log(0.0)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
