import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
deck = [f"{r}{s}" for s in "SHDC" for r in ["A", *map(str, range(2, 11)), "J", "Q", "K"]]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 6), random.sample("xyz", 3))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=8))
print(round(random.uniform(1, 10), 6), round(random.gauss(0, 1), 6))
random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(1000)]
print([rolls.count(i) for i in range(1, 7)], sum(rolls))
random.seed("hello") if False else random.seed(7)
print([random.getrandbits(8) for _ in range(5)], random.getrandbits(70))
rng = random.Random(123)
print(rng.random(), rng.randint(0, 10**12), rng.choice(range(1000)))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])
random.seed(3.5)
print(random.random())
random.seed(-17)
print(random.randint(-1000, 1000), random.expovariate(2.0) > 0)
def monte_carlo_pi(n, seed):
    r = random.Random(seed)
    inside = sum(1 for _ in range(n) if r.random() ** 2 + r.random() ** 2 <= 1)
    return 4 * inside / n
print(monte_carlo_pi(20000, 1))
random.seed(10)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
random.seed(99)
print(random.sample([1, 2, 3, 4, 5], k=5), random.randrange(10**20))
lst = list(range(10)); random.seed(5); random.shuffle(lst); print(lst)
print(random.triangular(0, 10, 3) < 10, f"{random.normalvariate(100, 15):.6f}")
