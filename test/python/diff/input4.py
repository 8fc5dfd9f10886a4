import sys
first = sys.stdin.readline()
rest = sys.stdin.readlines()
print(repr(first), rest)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
input("prompt> ")
