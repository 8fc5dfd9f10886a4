class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
    def __reversed__(self):
        x = self.start + (len(self) - 1) * self.step
        while x >= self.start:
            yield x
            x -= self.step

class Range2Iter:
    def __init__(self, r):
        self.r, self.i = r, r.start
    def __next__(self):
        if self.i >= self.r.stop:
            raise StopIteration
        v = self.i; self.i += self.r.step
        return v
    def __iter__(self): return self

c = Countdown(5)
print(list(c), list(c))
print(list(Fib(100)), sum(Fib(1000)))
f = Fib(50)
print(list(zip(f, f)))
r = Range2(2, 15, 3)
print(list(r), len(r), list(reversed(r)), 8 in r, 9 in r)
print(sorted(Countdown(4)), max(Countdown(3)), min(Fib(10), default=-1))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(enumerate(Seq())))
print(list(map(lambda p: p[0] * p[1], zip(Countdown(4), Fib(10)))))
def squares(): 
    n = 0
    while True:
        yield n * n
        n += 1
it = iter(squares())
print([next(it) for _ in range(6)])
sentinel_iter = iter([1, 2, 3, 0, 4].pop, 4)
print(list(sentinel_iter))
