# Small everyday programs mixing the library's types.
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))

text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
freq = {}
for word in text.split():
    freq[word] = freq.get(word, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]:
    print(f"{w:<6}{n:>3}")
print(max(freq, key=freq.get), len(set(text.split())), sorted({len(w) for w in text.split()}))

class Account:
    count = 0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount!r}")
        self.balance += amount
        return self
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"
accts = [Account("ann", 10), Account("bob")]
accts[1].deposit(5.5).deposit(4.5)
try:
    accts[0].deposit(-1)
except ValueError as e:
    print("error:", e)
print(accts, Account.count, sum(a.balance for a in accts))

primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, len(primes), primes[-3:])
fib = [0, 1]
while len(fib) < 100:
    fib.append(fib[-1] + fib[-2])
print(fib[90], fib[99] % 1000000007, str(fib[99])[:10])
print("%-10s|%8.3f|%5d" % ("pi", 3.14159265, 42), "{:^20}".format("centered"), "{:=^20}".format(" x "))
grid = [["." for _ in range(5)] for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
stack, queue = [], []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        queue.append((stack.pop(), ch))
print(queue, not stack)
s = "A man, a plan, a canal: Panama"
clean = "".join(c.lower() for c in s if c.isalnum())
print(clean == clean[::-1], clean[:10], s.count("a"), s.lower().count("a"))
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": None}}
print(nested, nested["a"][1]["b"][1], list(nested), str(nested) == repr(nested))
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["apple", "Banana", "cherry"], key=str.lower), list(map(lambda t: t[0] * t[1], [(2, 3), (4, 5)])))
print(divmod(100, 7), 100 // 7, 100 % 7, -100 // 7, round(100 / 7, 3), 2 ** 0.5, abs(-7.25), int("-0017"), float("3.5e2"))
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total, round(total, 4), f"{total:.6f}", f"{total:e}", f"{total * 1000:,.1f}")
