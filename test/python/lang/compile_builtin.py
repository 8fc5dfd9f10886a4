# compile() gives a code object that exec() and eval() run in the namespaces they are given.
expr = compile("a * 2 + 1", "<calc>", "eval")
print(type(expr).__name__, expr.co_filename)
a = 20
print(eval(expr))
print(eval(expr, {"a": 1}))
print(eval(expr, {}, {"a": 100}))

prog = compile("total = sum(range(n))\nlabel = 'n=%d' % n", "prog.py", "exec")
n = 5
exec(prog)
print(total, label)
space = {"n": 11}
exec(prog, space)
print(space["total"], space["label"], sorted(k for k in space if k != "__builtins__"))
print(eval(prog, {"n": 3}))

# A function defined by compiled code keeps its globals.
exec(compile("def twice(v):\n    return v + v\n", "defs", "exec"))
print(twice("ab"))

# bytes source is UTF-8.
print(eval(compile("'caf\u00e9'.upper()".encode(), "b", "eval")))

# Syntax errors are found by compile() and name the file given.
for src in ["x = (1,", "def f(:\n  pass", "return 5"]:
    try:
        compile(src, "broken.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.filename, e.lineno, e.msg)

for bad in [("1", "f", "run"), (1, "f", "exec")]:
    try:
        compile(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    compile("1")
except TypeError as e:
    print("TypeError", e)
print(__debug__, type(__debug__))
