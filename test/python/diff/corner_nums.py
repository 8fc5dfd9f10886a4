print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(2.5, 0), round(-2.675, 2), round(1e20, 2), round(5, None), type(round(2.5)), type(round(2.5, 0)), round(123.456, -1), round(-15, -1), round(15, -1))
print(int(-0.5), int(0.9999), int(-7.9), int('  42  '), int('-0x1f', 16), int('0b101', 0), int('1_000'), int('0o17', 0), int('z', 36))
print(float('1e500'), float('-1e500'), float('inf'), float('-Infinity'), float(' nan '), float('1_0.5'), float('.5'), float('5.'))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), divmod(-7.5, 2), divmod(7, 0.5), -7 // 2, -7 % 2, 7 % -2, -7.0 % 2, 7.0 % -3)
print(pow(3, -1, 7), pow(2, 10, 1000), pow(-2, 3, 5), pow(2, -2), pow(-8, 1/3) if False else 0, pow(0, 0), 0.0 ** 0)
print(pow(38, -1, 97), pow(5, 0, 1), pow(10**20, 3, 10**9 + 7))
for e in ["pow(2, -1, 4)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "int('1e3')", "int(float('inf'))", "int(float('nan'))", "float('abc')", "1/0", "1 % 0", "divmod(1, 0)", "0.0 ** -1", "int('')", "int('12', 1)", "round(float('inf'))", "10 ** 400 * 1.0", "float(10**400)", "chr(-1)", "chr(0x110000)", "int(' ')", "math.sqrt(-1)", "2 ** -1 // 0"]:
    try:
        print(eval(e))
    except Exception as ex:
        print(e, '->', type(ex).__name__, ex)
print(7.0 // 2, -7.0 // 2, 1e308 * 10, -1e308 * 10, 2 ** 0.5, 10 ** -2, 3 ** 40, (-3) ** 3, -3 ** 2)
print(int(True), float(False), abs(-0.0), abs(-5), hash(-1), hash(-2), hash(1.0) == hash(1), hash(0.5))
print(1 == 1.0, 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 0.1 * 3, 1.1 + 2.2, 100 * 1.1, 3 * 0.1 == 0.3)
print(bin(-10), oct(-8), hex(-255), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (10).bit_length(), (-1).bit_length())
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).as_integer_ratio(), (2.0).is_integer(), 1e22, 1e21, 123e-20)
print(round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-0.0), round(-0.4), round(7, 1), round(1.23456789e-10, 12))
