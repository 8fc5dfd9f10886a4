class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c): return cls([[0] * c for _ in range(r)])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])
    T = property(transpose)
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Matrix([[a * o for a in r] for r in self.rows])
        if self.shape[1] != o.shape[0]:
            raise ValueError("cannot multiply")
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1: result = result * base
            base = base * base
            n >>= 1
        return result
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self): return f"Matrix({self.rows})"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
    def det(self):
        n = self.shape[0]
        if n == 1: return self.rows[0][0]
        if n == 2: return self[0, 0] * self[1, 1] - self[0, 1] * self[1, 0]
        return sum((-1) ** j * self[0, j] * Matrix([r[:j] + r[j+1:] for r in self.rows[1:]]).det() for j in range(n))

m = Matrix([[1, 2], [3, 4]])
print(m); print(repr(m.T), m.shape)
print(m + m, m * m, 2 * m, sep="\n")
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
print(Matrix.identity(3) == Matrix.identity(3), m == m.T.T, m == [[1, 2], [3, 4]])
a = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(a.det(), Matrix.identity(4).det())
z = Matrix.zeros(2, 3); z[1, 2] = 7.5
print(z)
for bad in ([[1, 2], [3]], []):
    try: Matrix(bad)
    except ValueError as e: print("ValueError:", e)
try:
    m + Matrix.identity(3)
except ValueError as e:
    print(e)
print(Matrix([[1, 2, 3]]) * Matrix([[1], [2], [3]]))
