import math

def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = [False] * len(range(i*i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]

ps = sieve(100)
print(ps, len(sieve(10000)))
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d); n //= d
        d += 1
    if n > 1: out.append(n)
    return out
print(factorize(360), factorize(9999991), factorize(2**32 + 1), factorize(600851475143))
print(math.factorial(30), len(str(math.factorial(1000))), sum(map(int, str(2 ** 1000))))
print(2 ** 100, -(2 ** 100) // 7, (2 ** 100) % 97, pow(3, 200, 10**9 + 7), pow(2, -1, 7))
print(math.gcd(2**64, 6**20), math.lcm(12, 18, 30), math.isqrt(10**30 + 12345))
print(math.comb(52, 5), math.perm(10, 3), math.comb(100, 50))
def is_prime(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else:
            return False
    return True
print([n for n in range(2**61 - 20, 2**61) if is_prime(n)], is_prime(2**127 - 1))
fib = [0, 1]
while len(fib) < 200: fib.append(fib[-1] + fib[-2])
print(fib[199], fib[199].bit_length(), hex(fib[120]), oct(fib[50]), bin(fib[30]))
print(int("123456789" * 5) * int("987654321" * 4))
print(divmod(10**30, 7**20), divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5)
print(f"{2**64:,}", f"{12345678901234567890:_}", f"{255:#x} {255:08b} {-255:+o}")
print(round(2.675, 2), round(12345, -2), round(-0.5), round(1.5), round(2.5))
print(int(1e20), int(-3.99), float(2**70), 10**20 / 3, 7 / 2, 1e16 + 1)
print(str(10**50)[::7], (10**50 + 1) % 9, 3**0.5 * 3**0.5 == 3)
print(sum(1/n for n in range(1, 1000)), math.fsum([0.1] * 10), sum([0.1] * 10))
