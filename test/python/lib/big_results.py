# Results that are large or come from size arguments: the errors CPython raises before
# allocating (widths and counts past Py_ssize_t / C int), the int<->str digit limit,
# and exact integer functions on big inputs. (Memory bombs that CPython would attempt
# are in test/engine/memory-bombs.test.ts: their outcome depends on the heap.)
import math
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", r if len(str(r)) < 80 else str(r)[:40] + "...")


# Widths and precisions past what CPython's C types hold.
attempt("format >20 digits", lambda: format(1, ">99999999999999999999"))
attempt("format .20 digits", lambda: format(1.0, ".99999999999999999999f"))
attempt("format prec > INT_MAX", lambda: format(1.0, ".2147483648f"))
attempt("format prec > INT_MAX e", lambda: format(1.0, ".2147483648e"))
attempt("str.format nested width", lambda: "{:{}}".format(1, 10**20))
attempt("% width too big", lambda: "%99999999999999999999d" % 1)
attempt("% precision too big", lambda: "%.2147483648f" % 1.0)
attempt("% int precision too large", lambda: "%.2147483647d" % 1)
attempt("% * width overflow", lambda: "%*d" % (10**20, 1))
attempt("% * precision overflow", lambda: "%.*d" % (2**31, 1))
attempt("% * width bool", lambda: "%*d|" % (True, 7))
attempt("% * width float", lambda: "%*d" % (1.5, 1))
attempt("zfill overflow", lambda: "a".zfill(10**20))
attempt("ljust overflow", lambda: "a".ljust(10**20))
attempt("center overflow", lambda: "a".center(2**63))
attempt("expandtabs overflow", lambda: "\t".expandtabs(10**20))
attempt("expandtabs C int", lambda: "a\tb".expandtabs(2**31))
attempt("list repeat overflow", lambda: [1] * 10**20)
attempt("empty list repeat overflow", lambda: [] * 10**20)
attempt("str repeat overflow", lambda: "ab" * 10**20)
attempt("bytes(huge)", lambda: bytes(10**20))
attempt("bytearray(huge)", lambda: bytearray(10**20))
attempt("bytes(-1)", lambda: bytes(-1))


def imul():
    b = bytearray(b"a")
    b *= 10**20


attempt("bytearray *= huge", imul)

# Padding that fits is exact, including zero padding with grouping.
for w in (1, 5, 6, 7, 12, 20):
    print(w, format(12, "0%d,d" % w), format(-1234, "0%d_x" % w), format(1.25, "0%d,.1f" % w), format(-12345, "0=%d,d" % w))
print(len(format(1, ">5000")), len("%5000d" % 1), len("{:5000}".format("x")), len(f"{1:5000}"))
print(len("a".zfill(5000)), len("a".center(5001, "*")), len("a\tb\tc".expandtabs(3000)))
print(repr("ab\tc\r\td\n\te".expandtabs(4)), "\U0001F600\tx".expandtabs(4) == "\U0001F600   x")

# The int<->str digit limit.
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits if hasattr(sys, "int_info") else 4300)
attempt("str(10**4300)", lambda: str(10**4300))
attempt("str(10**4299)", lambda: len(str(10**4299)))
attempt("repr(-10**5000)", lambda: repr(-10**5000))
attempt("f-string", lambda: f"{10**5000}")
attempt("%d", lambda: "%d" % 10**5000)
attempt("int(4301 digits)", lambda: int("1" * 4301))
attempt("int(underscores)", lambda: int(" 1_1" + "1" * 4299))
attempt("int base 7", lambda: int("1" * 5000, 7))
attempt("int base 16", lambda: int("1" * 5000, 16) % 1000)
attempt("hex ok", lambda: len(hex(10**5000)))
attempt("set 100", lambda: sys.set_int_max_str_digits(100))
attempt("set -1", lambda: sys.set_int_max_str_digits(-1))
attempt("set True", lambda: sys.set_int_max_str_digits(True))
attempt("set str", lambda: sys.set_int_max_str_digits("a"))
attempt("set 2**31", lambda: sys.set_int_max_str_digits(2**31))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("get arg", lambda: sys.get_int_max_str_digits(1))
attempt("set 640", lambda: sys.set_int_max_str_digits(640))
print(sys.get_int_max_str_digits())
attempt("str(10**639)", lambda: len(str(10**639)))
attempt("str(10**640)", lambda: str(10**640))
attempt("int 641 digits", lambda: int("1" * 641))
attempt("set maxdigits=0", lambda: sys.set_int_max_str_digits(maxdigits=0))
print(sys.get_int_max_str_digits(), len(str(10**20000)), int("9" * 20000) % 1000)
sys.set_int_max_str_digits(4300)

# Exact integer functions.
print(math.isqrt(3**5001) % 10**9, math.isqrt(10**100), math.isqrt(2**64 - 1), math.isqrt(2**64), math.isqrt(2**52 + 5))
print(all(math.isqrt(n) ** 2 <= n < (math.isqrt(n) + 1) ** 2 for n in [2**200 - 1, 2**200, 3**300 + 7, 10**77 - 1]))
print(math.comb(10**5, 3 * 10**4) % 10**9, math.comb(1000, 500) % 997, math.comb(10**6, 3), math.comb(2**65, 3) % 1000)
print(math.perm(100, 50) % 10007, math.perm(2**65, 2) % 1000, math.perm(30), math.factorial(3000) % (10**9 + 7))
attempt("factorial(2**63)", lambda: math.factorial(2**63))
attempt("comb(2**64, 2**63)", lambda: math.comb(2**64, 2**63))
attempt("perm(2**65, 2**64)", lambda: math.perm(2**65, 2**64))
print(pow(3, 10**20, 7), pow(7, 12345, 10**50 + 151), (3**20000).bit_length(), (-(7**3001)) // 3**1000 % 1000)

# int.to_bytes sized up front (and linear), round() to a huge negative ndigits.
for v, n, order, signed in [(258, 4, 'little', False), (-2, 3, 'big', True), (0, 0, 'big', True), (0, 0, 'big', False), (255, 1, 'big', False), (127, 1, 'big', True), (-128, 1, 'big', True), (2**64 - 1, 8, 'little', False), (-2**63, 8, 'big', True), (12345678901234567890123, 12, 'big', False)]:
    print(v.to_bytes(n, order, signed=signed))
for v, n, signed in [(256, 1, False), (128, 1, True), (-129, 1, True), (-1, 0, True), (1, 0, False)]:
    try:
        v.to_bytes(n, 'big', signed=signed)
    except OverflowError as e:
        print("OverflowError", e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print(e)
print(len((3**100000).to_bytes(20000, 'big')), (3**100000).to_bytes(20000, 'little')[:5])
print(round(12345, -3), round(12355, -1), round(-12345, -10), round(12345, -10**6), round(10**50 + 5 * 10**20, -21))
attempt("to_bytes 10**20", lambda: (1).to_bytes(10**20, "big"))

# float() of text is a linear scan (a regular expression overflowed on millions of digits).
for t in ["1.5", ".5", "1.", "15", ".", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1.5e10", "1.5e", "1e+5", "1e-5_0", "1e_5", "+.5e-3", "-1_2.3_4e5_6", "e5", "1.5.5", " 12 ", "1e5.5", "١٢", "infinity", "-nan", "1" * 400, "0x10", "1 2"]:
    try:
        print(repr(t[:20]), float(t))
    except ValueError as e:
        print(repr(t[:20]), "ValueError", str(e)[:60])
print(float("1" * 10**6), float("0." + "0" * 10**6 + "1"))
