from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d2 = deque(range(10), maxlen=3); print(d2, d2.maxlen)
d.extendleft([7, 8]); print(d, list(reversed(d)))
dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd)
print(dd['zz'], len(dd))
c = Counter("abracadabra")
print(c)
print(c.most_common(2), c['z'])
c.update("aaz"); print(c)
c.subtract({'a': 10}); print(c)
print(Counter('aab') + Counter('bcc'), Counter('aab') - Counter('ab'))
print(sorted(Counter('hello').elements()))
od = OrderedDict(); od['x'] = 1; od['y'] = 2; od['z'] = 3
od.move_to_end('x'); print(od)
od.move_to_end('z', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._fields, p._asdict(), p._replace(x=9))
a, b = p; print(a + b, isinstance(p, tuple), type(p).__name__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 5])
print(P3(1), P3(1, 2, 3), P3._make([4, 5, 6]))
print(Point(3, 4) == (3, 4), hash(Point(1, 2)) == hash((1, 2)))
print(type(dd), type(c), Counter)
# deque edge cases
q = deque()
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
q.extend("abc"); print(q, 'b' in q, q.count('a'), q.index('c'))
q.remove('b'); print(q); q.insert(1, 'z'); print(q); q.reverse(); print(q)
q[0] = 'Q'; del q[1]; print(q, q == deque(['Q', 'a']), q.copy())
bfs = deque([(0, 0)])
seen = {(0, 0)}
while bfs:
    x, y = bfs.popleft()
    for nx, ny in ((x + 1, y), (x, y + 1)):
        if nx < 3 and ny < 3 and (nx, ny) not in seen:
            seen.add((nx, ny)); bfs.append((nx, ny))
print(len(seen))
w = deque(maxlen=2)
for i in range(5):
    w.append(i)
print(w, list(w), deque([1, 2]) + deque([3]))
try:
    for v in q:
        q.append(v)
except RuntimeError as e:
    print("RuntimeError:", e)
# defaultdict variants
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], 'x' in nested)
plain = defaultdict()
try:
    plain['k']
except KeyError as e:
    print("KeyError", e)
# Counter extras
c1 = Counter(a=3, b=1); c2 = Counter(a=1, b=2)
print(c1 & c2, c1 | c2, c1 == Counter(a=3, b=1, c=0), Counter(), c1.total())
words = "the cat and the hat and the bat".split()
for w_, n in Counter(words).most_common(3):
    print(w_, n)
c3 = Counter({'x': 2, 'y': -1}); print(+c3, -c3)
c1 += Counter(b=5); print(c1)
print(namedtuple('Emp', 'name, age')('Bob', 30))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
