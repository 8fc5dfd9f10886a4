# An open bracket is blamed only when parsing reaches the end of the input or fails on a
# later line; a bad token on the bracket's own line is reported as itself.
sources = [
    "total = (1 +",
    "items = [1, 2,\nnext_line = 3\n",
    "def f(:\n    pass\n",
    "d = {'k': 1,\n\n",
    "x = (1, 2]",
    "print((1)",
    "x = [1,\nfor\n",
]
for src in sources:
    try:
        compile(src, "snippet.py", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, "line", e.lineno)
