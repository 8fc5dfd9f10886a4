class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [[fill] * w for _ in range(h)]
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"position {pos} out of bounds")
        return self.cells[y][x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __delitem__(self, pos):
        self[pos] = 0
    def __contains__(self, v):
        return any(v in row for row in self.cells)
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield (x, y), self.cells[y][x]
    def __len__(self): return self.w * self.h
    def __str__(self):
        return "\n".join("".join("#" if c else "." for c in row) for row in self.cells)
    def __bool__(self): return any(any(r) for r in self.cells)
    def neighbors(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if (dx or dy) and 0 <= x + dx < self.w and 0 <= y + dy < self.h:
                    yield self.cells[y + dy][x + dx]

def life_step(g):
    new = Grid(g.w, g.h)
    for (x, y), alive in g:
        n = sum(g.neighbors(x, y))
        new[x, y] = 1 if n == 3 or (alive and n == 2) else 0
    return new

g = Grid(6, 6)
for p in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    g[p] = 1
for gen in range(4):
    print(f"gen {gen}:"); print(g)
    g = life_step(g)
print(len(g), 1 in g, bool(Grid(2, 2)), g[2, 3])
try:
    g[10, 0]
except IndexError as e:
    print("IndexError:", e)
del g[2, 3]
print(sum(v for _, v in g))

class Polynomial:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0: c.pop()
        self.c = c
    def __call__(self, x): return sum(a * x ** i for i, a in enumerate(self.c))
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        a = self.c + [0] * (n - len(self.c)); b = o.c + [0] * (n - len(o.c))
        return Polynomial(*[x + y for x, y in zip(a, b)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c): out[i + j] += a * b
        return Polynomial(*out)
    def derivative(self): return Polynomial(*[i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0: continue
            t = {0: f"{a}", 1: f"{a}x"}.get(i, f"{a}x^{i}")
            terms.append(t)
        return " + ".join(terms).replace("+ -", "- ") or "0"
p = Polynomial(1, -3, 0, 2); q = Polynomial(0, 1)
print(p, "|", q, "|", p + q, "|", p * q, "|", p.derivative(), "|", p(2), p(-1.5))
print(Polynomial(0, 0), (p * p)(3), p(3) ** 2)
