n = int(input())
nums = list(map(int, input().split()))
print(sum(nums[:n]), max(nums), sorted(nums, reverse=True))
name = input("Name: ")
print(f"Hello, {name}!")
lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    lines.append(line)
print(len(lines), lines)
