# N-queens: count every solution by backtracking over columns and both diagonals,
# then list the solutions of a smaller board with permutations built by hand.
def count_solutions(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            d1 = row + c
            d2 = row - c + n
            if not cols[c] and not diag1[d1] and not diag2[d2]:
                cols[c] = diag1[d1] = diag2[d2] = True
                total += place(row + 1)
                cols[c] = diag1[d1] = diag2[d2] = False
        return total

    return place(0)


def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            out.append([items[i]] + p)
    return out


def solutions_by_permutation(n):
    found = []
    for vec in permutations(list(range(n))):
        if n == len(set(vec[i] + i for i in range(n))) == len(set(vec[i] - i for i in range(n))):
            found.append(tuple(vec))
    return found


sols = solutions_by_permutation(7)
print(count_solutions(10), len(sols), sols[0], sols[-1])
