# Global name lookups that resolve to builtins are cached per site (vm/namespace.ts): the
# cache must see globals shadowing a builtin, `del` of the shadow, `global` in functions,
# builtins module changes, and exec/eval with their own globals.
import builtins
def f(x):
    return len(x)
out = []
for i in range(3):
    out.append(f("ab"))
len = lambda x: 99
out.append(f("ab"))
del len
out.append(f("ab"))
def shadow():
    global len
    len = lambda x: -1
shadow()
out.append(f("ab"))
out.append(f("ab"))
exec("del len")
out.append(f("ab"))
builtins.len = lambda x: 7
out.append(f("ab"))
del builtins.len
try:
    f("ab")
except NameError as e:
    out.append(str(e))
import builtins as b2
b2.len = lambda x: 1000
out.append(f("abc"))
print(out)
g = {"abs": lambda x: "mine"}
print(eval("abs(-3)", g), eval("abs(-3)"), eval("abs(-3)", {}))
code = "def h():\n    return max(1, 2)\nr = [h()]\nmax = min\nr.append(h())\n"
ns = {}
exec(code, ns)
print(ns["r"])
exec(code)
print(r, max(5, 6))
del max
print(max(5, 6))
import sys
m = sys.modules[__name__]
def p():
    return print
p()("x")
m.print = lambda *a: sys.stdout.write("patched\n")
p()("y")
del m.print
p()("z")
