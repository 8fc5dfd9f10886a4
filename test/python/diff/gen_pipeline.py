import itertools

def read_lines(text):
    for line in text.splitlines():
        yield line

def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            yield line

def parse(lines):
    for line in lines:
        key, _, val = line.partition("=")
        yield key.strip(), val.strip()

def convert(pairs):
    for k, v in pairs:
        try:
            yield k, int(v)
        except ValueError:
            try:
                yield k, float(v)
            except ValueError:
                yield k, v

text = """
# config
name = demo
width = 80   # columns
ratio = 0.75
debug = yes

height=24
"""
cfg = dict(convert(parse(strip_comments(read_lines(text)))))
print(cfg)

def take(n, it):
    return list(itertools.islice(it, n))

def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

def primes():
    seen = []
    for n in naturals(2):
        if all(n % p for p in seen if p * p <= n):
            seen.append(n)
            yield n

print(take(15, primes()))
evens = (x for x in naturals() if x % 2 == 0)
print(take(5, evens), take(3, evens))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x; count += 1
        avg = total / count
g = running_avg(); next(g)
print([g.send(x) for x in [10, 20, 30, 40]])
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(3))))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, (5, 6)]], 7], [[8]]])))
def gen_ret():
    yield 1
    return "finished"
def outer():
    r = yield from gen_ret()
    yield r
print(list(outer()))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
print(type(gen).__name__, next(iter([]), "empty"))
