print(2**100, -2**100, 2**64 - 1, (2**64) // 3, (2**64) % 7, -(2**70) // 3, -(2**70) % 3)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2**80, 7))
print(1 << 40, 1 << 100, (1 << 100) >> 98, -1 >> 5, -(2**80) >> 3, 5 >> 100)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5, ~-1, -(2**65) & 0xffff, (2**65) | 1, (2**65) ^ (2**64))
print(2 ** -1, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 63, 10 ** 20, 3 ** 40)
print(7 / 2, -7 / 2, 2**70 / 2**68, 1 / 3, 10 / 5)
print(abs(-5), abs(-(2**70)), abs(True), int("42"), int("  -17  "), int("0x1f", 16), int("0b101", 0), int("z", 36), int("1_000_000"))
print(int(3.9), int(-3.9), int(True), int(2.5e20), int("0o17", 8), int("10", 2))
print(hex(255), hex(-255), oct(8), bin(10), bin(-10), hex(2**70))
print((255).bit_length(), (0).bit_length(), (-(2**70)).bit_length(), (7).bit_count())
print(hash(-1), hash(-2), hash(10**20), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 3))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(2, -1, 7), pow(-3, 3, 7))
print(1 == 1.0, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -10**400 < -1e308, 3 < 3.5, 4 > 3.5)
print(True + True, True * 10, False - 1, True / 2, True // 1, True & True, True | False, True ^ True, -True)
print(int.from_bytes(bytes([1, 0]), "big"), (1024).to_bytes(2, "little"), int.from_bytes(bytes([255]), "big", signed=True))
print(isinstance(True, int), type(True + 1).__name__, type(2**70).__name__, (5).real, (5).imag, (5).numerator)
x = 0
try:
    x = 1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = 1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = 1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    x = 1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
big = 1
for i in range(1, 30):
    big *= i
print(big, big % 1000007, big // 10**20, -big // 7)
print(sum(range(100000)), sum([2**40] * 10), max(2**70, 3), min(-2**70, 3))
print(sorted([3, -1, 2**40, 0, -2**40]))
