# Evaluates math functions and float ** on a deterministic sample of inputs and prints
# one line per call (repr is exact for floats). bench/libm-mismatch.mjs runs this under
# CPython and under heapscope and counts the lines that differ per function.
import math

N = 2000
state = 12345

def uniform(lo, hi):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return lo + (hi - lo) * ((state >> 11) / 2**53)

UNARY = [
    ("sin", -10.0, 10.0), ("cos", -10.0, 10.0), ("tan", -1.5, 1.5), ("sin_big", -1e6, 1e6),
    ("asin", -1.0, 1.0), ("acos", -1.0, 1.0), ("atan", -20.0, 20.0),
    ("exp", -700.0, 700.0), ("expm1", -2.0, 2.0), ("log", 1e-3, 1e6), ("log2", 1e-3, 1e6), ("log10", 1e-3, 1e6),
    ("log1p", -0.9, 10.0), ("sinh", -20.0, 20.0), ("cosh", -20.0, 20.0), ("tanh", -5.0, 5.0),
    ("asinh", -100.0, 100.0), ("acosh", 1.0, 100.0), ("atanh", -0.99, 0.99), ("cbrt", -1e3, 1e3),
    ("sqrt", 0.0, 1e6), ("gamma", 0.1, 20.0), ("lgamma", 0.1, 100.0), ("erf", -3.0, 3.0), ("erfc", -3.0, 6.0),
]
BINARY = [("atan2", -10.0, 10.0), ("pow", 0.01, 100.0), ("hypot", -1e3, 1e3), ("fmod", -1e3, 1e3), ("**", 0.01, 100.0)]

for name, lo, hi in UNARY:
    fn = getattr(math, name.replace("_big", ""), None)
    for i in range(N):
        x = uniform(lo, hi)
        try:
            r = repr(fn(x))
        except Exception as e:
            r = type(e).__name__
        print(name, r)
for name, lo, hi in BINARY:
    for i in range(N):
        x = uniform(lo, hi)
        y = uniform(-10.0, 10.0) if name in ("pow", "**") else uniform(lo, hi)
        try:
            r = repr(x ** y if name == "**" else getattr(math, name)(x, y))
        except Exception as e:
            r = type(e).__name__
        print(name, r)
