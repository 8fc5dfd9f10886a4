from fractions import Fraction
def det(m):
    m = [[Fraction(x) for x in row] for row in m]
    n, d = len(m), Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if m[r][c] != 0), None)
        if p is None: return Fraction(0)
        if p != c: m[c], m[p] = m[p], m[c]; d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            m[r] = [a - f * b for a, b in zip(m[r], m[c])]
    return d
def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(a[r][c]))
        if a[p][c] == 0: raise ValueError("matrix is singular")
        a[c], a[p] = a[p], a[c]
        piv = a[c][c]; a[c] = [x / piv for x in a[c]]
        for r in range(n):
            if r != c:
                f = a[r][c]; a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]
def show(m): return "\n".join(" ".join(f"{str(x):>6}" for x in row) for row in m)
A = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
print(det(A), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]), det([[Fraction(1, 2), 3], [1, 4]]))
print(show(inverse(A)))
try:
    inverse([[1, 2], [2, 4]])
except ValueError as e:
    print("ValueError:", e)
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(H), float(det(H)))
print(show(inverse(H)))
