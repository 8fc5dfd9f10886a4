import sys
n = int(input())
nums = list(map(int, input().split()))
print(n, nums, sum(nums) / len(nums), sorted(nums)[len(nums) // 2])
a, b = map(float, input().split(","))
print(f"{a} + {b} = {a + b:.3f}")
name = input("Name? ")
print(f"Hello, {name.strip().title()}!")
line = sys.stdin.readline()
print(repr(line), repr(line.rstrip("\n")))
matrix = [list(map(int, sys.stdin.readline().split())) for _ in range(3)]
print(matrix, [sum(col) for col in zip(*matrix)], [row[i] for i, row in enumerate(matrix)])
rest = sys.stdin.read().splitlines()
print(len(rest), rest)
for i, r in enumerate(rest):
    try:
        val = int(r)
        print(f"line {i}: int {val}")
    except ValueError:
        print(f"line {i}: not int: {r!r}")
try:
    input()
except EOFError as e:
    print("EOF:", repr(e))
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print("done", file=sys.stderr)
sys.stdout.write("written\n")
print("a", "b", sep="", end="|\n")
print(*[1, 2, 3], sep=", ")
print()
