import random
random.seed(42)
print([random.randint(1, 100) for _ in range(10)], random.random())
random.seed(0)
print(random.random(), random.random(), random.uniform(1, 5), random.randrange(10), random.randrange(0, 100, 7), random.randrange(10, 0, -3))
random.seed(12345)
deck = list(range(20))
random.shuffle(deck)
print(deck, random.choice("abcdef"), random.choice(deck))
print(random.sample(range(100), 5), random.sample("hello world", 3), random.sample(range(10**6), 4))
print(random.choices(["a", "b", "c"], k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=6), random.choices("xy", cum_weights=[1, 5], k=4))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(64), random.getrandbits(100))
random.seed(2**100 + 7)
print(random.randint(0, 10**30), random.randrange(-50, 50))
random.seed(-5)
a = random.random()
random.seed(5)
print(a == random.random())
random.seed(3)
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12), round(random.normalvariate(), 12), round(random.expovariate(2), 12), round(random.triangular(0, 10, 3), 12))
r = random.Random(99)
r2 = random.Random(99)
print([r.randint(1, 6) for _ in range(10)] == [r2.randint(1, 6) for _ in range(10)], r.random())
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
random.seed(1.5)
print(random.randint(1, 1000))
random.seed(7)
print(sum(random.randint(1, 6) for _ in range(1000)))
for bad in [lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print("TypeError", e)
import random
for s in [0.1, -2.5, 1e300, 3.0, 1e-300]:
    random.seed(s); print(s, random.random())
