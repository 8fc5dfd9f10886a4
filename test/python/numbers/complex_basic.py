z = 1 + 2j
print(z, 1j, 2.5J, 1e3j, -1j, -(1j), complex(-0.0, -1), complex(float('nan'), float('inf')), 0j, -0j)
print(z * (3 - 4j), z / (1 - 1j), z ** 2, z ** 0.5, (1j) ** 1j, 2 ** z, z ** -3)
print(abs(3 + 4j), z.conjugate(), z.real, z.imag, type(z).__name__)
print(complex('1+2j'), complex(' (3-4.5j) '), complex('j'), complex('-j'), complex('1e3'), complex('inf-nanj'), complex(1, 2), complex(1j, 1j), complex())
print(z == 1 + 2j, (3 + 0j) == 3, 3.0 == 3 + 0j, z != 1, hash(3 + 0j) == hash(3), hash(z), hash(-1j))
print(format(z, '.2f'), format(z, ''), f"{z:>12}", f"{-1.5j:e}", "{:g}".format(1.5+2j), format(1j, '.3'))
try: z / 0
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 0j ** -1
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: complex('1+')
except ValueError as e: print("ValueError:", e)
try: z < z
except TypeError as e: print("TypeError:", e)
try: z // 2
except TypeError as e: print("TypeError:", e)
print({1j, 2j, 1 + 1j, 0j}, bool(0j), bool(1j), z + 1, 1 - z, 2.5 * z, z / 2)
print(isinstance(z, complex), sum([1j, 2, 3.5]), [x * 1j for x in range(3)])
print((-8) ** (1/3), (-2.0) ** 0.5, 2 ** 0.5, pow(-1, 0.5))
try:
    import math; math.pow(-8, 1/3)
except ValueError as e: print("ValueError:", e)
