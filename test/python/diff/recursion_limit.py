import sys
def depth(n):
    return depth(n + 1) if n < 500 else n
print(depth(0))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(900))))
def bad(n):
    return bad(n + 1)
try:
    bad(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_nodes(tree):
    if not isinstance(tree, list):
        return 1
    return sum(count_nodes(t) for t in tree)
nested = 1
for _ in range(200):
    nested = [nested, 1]
print(count_nodes(nested))
