class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
    def __iadd__(self, o):
        self.x += o
        return self
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x and self.y == o.y
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, k):
        return self.x * k
    def __bool__(self):
        return bool(self.x or self.y)

a, b = V(1, 2), V(3, 4)
print(a + b, 10 + a, a * 3, -a, a == V(1, 2), a != b, a < b, b > a)
c = V(0, 0)
c += 5
print(c, len(a), a[1], 2 in a, 7 in a, a(10), bool(V(0, 0)), list(a))
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    a - b
except TypeError as e:
    print(e)
print(sorted([V(2, 1), V(1, 5), V(1, 2)]))

class It:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(It(3)), [x * x for x in It(4)])

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

with Ctx() as c:
    print("body")
    raise ValueError("swallowed")
print("after")

class H:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
print(len({H(1), H(1), H(2)}))

class S:
    def __str__(self):
        return "str!"
print(S(), str(S()), f"{S()}", "%s" % S())

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())

class MyList(list):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
m.append(4)
print(m.total(), len(m), isinstance(m, list), type(m).__name__)

class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("bad", 42)
except MyErr as e:
    print(e, e.code, e.args)
