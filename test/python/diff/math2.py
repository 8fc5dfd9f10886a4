import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
for f in (math.sqrt, math.exp, math.log, math.log2, math.log10, math.sin, math.cos, math.tan, math.atan, math.asinh, math.gamma):
    print(f.__name__, f(0.5), f(2.0))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), type(math.floor(2.0)), math.fabs(-3), math.fmod(7, -3), math.remainder(7, 3))
print(math.pow(2, 10), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([1e100, 1, -1e100]))
print(math.gcd(0, 0), math.gcd(12, -18), math.gcd(4, 6, 8), math.lcm(4, 6, 10), math.isqrt(99), math.isqrt(10 ** 40 + 1), math.comb(5, 6), math.perm(5))
print(math.factorial(20), math.factorial(0), math.trunc(3.9), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.copysign(3, -0.0))
print(math.log(1024, 2), math.log(100, 10), math.log(2 ** 2000), math.log10(10 ** 50), math.log2(2 ** 100), math.log1p(1e-10), math.expm1(1e-10))
print(math.sqrt(16), math.sqrt(2 ** 100), math.exp(1), math.exp(-1000), math.ceil(1e20), math.floor(-1e20))
print(math.acos(1), math.asin(1), math.cosh(1), math.sinh(1), math.tanh(1), math.atanh(0.5), math.acosh(2))
for bad in [lambda: math.sqrt(-1), lambda: math.acos(2), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.isqrt(-1), lambda: math.comb(-1, 2), lambda: math.sqrt("x"), lambda: math.gcd(1.5, 2), lambda: math.exp(1e6), lambda: math.pow(0, -1), lambda: math.ldexp(1.0, 100000)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(round(math.sin(math.pi), 10), f"{math.cos(math.pi / 3):.6f}", math.floor(7 / 2), math.ceil(7 / 2), -(-7 // 2))
import time
t0 = time.time(); t1 = time.perf_counter(); time.sleep(0); print(t0 > 1e9, time.perf_counter() >= t1, type(time.monotonic()).__name__)
