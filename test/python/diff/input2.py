import sys
data = sys.stdin.read().split()
t = int(data[0])
idx = 1
for _ in range(t):
    a, b = int(data[idx]), int(data[idx + 1]); idx += 2
    print(a + b, a * b, a ** b % 1000)
