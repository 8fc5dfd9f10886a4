# time.sleep advances the clocks (monotonic, perf_counter, time) by the time slept.
import time
t, p, w = time.monotonic(), time.perf_counter(), time.time()
time.sleep(0.3)
time.sleep(0)
print(round(time.monotonic() - t, 1), round(time.perf_counter() - p, 1), round(time.time() - w, 1))
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
