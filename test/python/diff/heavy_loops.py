def sieve(n):
    flags = bytearray if False else None
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
    return sum(is_p)
print(sieve(300000))
def lcs_len(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
import random
random.seed(1)
s1 = "".join(random.choice("ACGT") for _ in range(400))
s2 = "".join(random.choice("ACGT") for _ in range(400))
print(lcs_len(s1, s2))
counts = {}
for i in range(200000):
    k = i % 97
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts[0])
words = ["w%d" % (i % 1000) for i in range(100000)]
print(len(set(words)), sorted(words)[:2], "".join(words[:3]))
total = 0
for a in range(300):
    for b in range(300):
        if (a * b) % 7 == 3:
            total += a ^ b
print(total)
