# exec() and eval() run inside the same interpreter.
x = 10
print(eval("x * 2 + 1"))
exec("y = x + 5")
print(y)
print(eval("  [i * i for i in range(4)]"))

g = {"a": 3}
exec("b = a * 2\ndef f(n):\n    return n + a + b\n", g)
print(g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
exec("a = 100", g)
print(g["f"](1))
print(eval("a + b", g))
print(eval("a + b + c", g, {"c": 1000}))

ns = {}
loc = {}
exec("p = 1\nq = p + 1", ns, loc)
print(sorted(k for k in ns if k != "__builtins__"), loc)


def func():
    z = 7
    print(eval("z + 1"))
    exec("z = 99\nw = 5")
    return z


print(func())


class K:
    exec("attr = 42")


print(K.attr)

try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError caught", type(e).__name__)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("ValueError:", e)
try:
    eval("x = 1")
except SyntaxError:
    print("eval of a statement: SyntaxError")
print(eval("len('abc')", {}))
code = """
total = 0
for i in range(5):
    total += i
result = total
"""
d = {}
exec(code, d)
print(d["result"])
print(eval("(lambda v: v * 3)(4)"))
