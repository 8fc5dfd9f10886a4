import random
import warnings
def t(f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try: r = f(); print(repr(r))
        except Exception as e: print(type(e).__name__, e)
    for w in caught:
        print('warning:', w.category.__name__, w.message)
random.seed(11)
t(lambda: random.randrange(0))
t(lambda: random.randrange(-3))
t(lambda: random.randrange(5, 5))
t(lambda: random.randrange(5, 1))
t(lambda: random.randrange(1, 5, 0))
t(lambda: random.randrange(1, 5, -1))
t(lambda: random.randrange(10, step=2))
t(lambda: random.randrange(1.5))
t(lambda: random.randrange(3.0))
t(lambda: random.randrange(1, 7.5))
t(lambda: random.randrange(1, 7, 1.5))
t(lambda: random.randrange('a'))
t(lambda: random.randrange(1, 20, 3))
t(lambda: random.randrange(20, 1, -3))
t(lambda: random.randint(5, 4))
t(lambda: random.randint(1, 1))
t(lambda: random.choice([]))
t(lambda: random.choice(''))
t(lambda: random.sample({1, 2}, 1))
t(lambda: random.sample([1, 2], 3))
t(lambda: random.sample([1, 2], -1))
t(lambda: random.sample('abc', 2, counts=[1, 2]))
t(lambda: random.sample('abc', 2, counts=[1, 2, 1.0]))
t(lambda: random.sample('abc', 2, counts=[0, 0, 0]))
t(lambda: random.sample('abc', 5, counts=[3, 1, 2]))
t(lambda: random.sample(range(1000), 30))
t(lambda: random.sample(range(10**9), 8))
t(lambda: random.sample(list(range(40)), 7))
t(lambda: random.sample(tuple(range(100)), 21))
t(lambda: random.sample(range(88), 22))
t(lambda: random.choices('abc', [1, 2]))
t(lambda: random.choices('abc', 3))
t(lambda: random.choices('abc', [1, 2, 3], cum_weights=[1, 2, 3]))
t(lambda: random.choices('abc', [0, 0, 0]))
t(lambda: random.choices('abc', [1, float('inf'), 0]))
t(lambda: random.choices('abc', cum_weights=[1, 3, 9], k=6))
t(lambda: random.choices(range(5), k=0))
t(lambda: random.choices([], k=2))
t(lambda: random.seed([1]))
t(lambda: random.Random().setstate((2, (1,)*625, None)))
t(lambda: random.Random().setstate((9, (1,)*625, None)))
t(lambda: random.uniform(3, 1))
t(lambda: random.triangular())
t(lambda: random.triangular(2, 2))
t(lambda: random.triangular(1, 3, 2.9))
t(lambda: random.triangular(5, 1))
t(lambda: random.expovariate(0.5))
t(lambda: random.lognormvariate(0, 0.25))
t(lambda: random.normalvariate(5))
t(lambda: [random.gauss() for _ in range(5)])
t(lambda: random.getrandbits(0))
t(lambda: random.getrandbits(-1))
r = random.Random(77)
s = r.getstate()
t(lambda: (s[0], len(s[1]), s[2]))
r.gauss(); s2 = r.getstate(); t(lambda: s2[2]); t(lambda: r.gauss()); r.setstate(s2); t(lambda: r.gauss())
r.seed(77); t(lambda: r.gauss())
t(lambda: r.getstate() == s)
class MyRandom(random.Random):
    def random(self):
        return 0.25
m = MyRandom(3)
t(lambda: (m.random(), m.uniform(0, 8), m.choice('abcd'), m.randrange(100)))
t(lambda: random.Random.__module__)
t(lambda: type(random.Random()).__mro__[0])
x = list(range(12)); random.shuffle(x); t(lambda: x)
t(lambda: random.shuffle((1, 2)))
t(lambda: [random.randrange(-10**25, 10**25, 7**9) for _ in range(3)])
class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
b = Bits(1)
t(lambda: (b.randrange(10), b.choice('abcdefgh'), b.random()))
class Both(Bits):
    def random(self):
        return 0.5
t(lambda: Both(2).randrange(1000))
class Sub(MyRandom):
    pass
t(lambda: Sub(4).randrange(1000))
t(lambda: random.sample('abc', 0, counts=[]))
t(lambda: random.sample('', 0, counts=[]))
for sd in [0, 1, 99, 12345, 2**64 + 3, -8]:
    random.seed(sd)
    print(random.random(), random.randrange(3, 10**9, 7), random.sample(range(50), 12), random.sample(range(10**5), 7), random.choices('abcde', [1, 2, 0, 4, 2.5], k=4))
    print(random.triangular(1, 5, 4.5), random.triangular(), random.normalvariate(2, 3), random.gauss(), random.gauss(), random.lognormvariate(0, 1), random.expovariate(3))
    d = list('abcdefghij'); random.shuffle(d); print(''.join(d), random.sample('abcdefgh', 3, counts=[1, 2, 3, 4, 5, 6, 7, 8]))
class Floats(random.Random):
    def random(self):
        return 0.7
t(lambda: Floats().randrange(2**60))
