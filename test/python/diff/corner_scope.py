class K:
    v = 10
    lst = [v for _ in range(2)] if False else None
    def m(self):
        try: return v
        except NameError as e: return str(e)
print(K().m())
class K2:
    v = 3
    try:
        w = [v * i for i in range(2)]
    except NameError as e:
        w = str(e)
    u = [i for i in range(v)]
print(K2.w, K2.u)
x = 'global'
class K3:
    x = 'class'
    def m(self): return x
    y = (lambda: x)()
print(K3().m(), K3.y)
def outer():
    x = 'enclosing'
    class K4:
        x = 'class'
        def m(self): return x
        z = x
    return K4().m(), K4.z
print(outer())
def outer2():
    y = 1
    class K5:
        nonlocal y
        y = 2
    return y
print(outer2())
for src in ["def f():\n    nonlocal x\n", "nonlocal x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "def f(a):\n    global a\n", "def f():\n    x = 1\n    global x\n", "def f():\n    print(x)\n    global x\n", "del x if a else b\n", "del f()\n", "del (a, b + 1)\n", "x + 1 = 2\n", "f() = 1\n", "(a, b) += 1\n", "def f(x, x): pass\n", "lambda: (yield)\nreturn 5\n", "break\n", "continue\n", "def f():\n    yield from\n", "a = yield 1\n", "class A:\n    return 1\n", "f(**x, *y)\n", "f(a=1, a=2)\n", "f(x for x in y, 1)\n", "def f(*, **k): pass\n", "None = 1\n", "True += 1\n", "x = 1 if 2\n", "[x for x in 1, 2]\n", "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    nonlocal y\n", "async = 1\n" if False else "print 'a'\n", "f(a for a in b for)\n", "del *a, b\n", "del [a, (b, c)]\n", "del ()\n", "*a = 1\n", "a, *b, *c = d\n", "import a.b as\n", "from . import *\n", "def f(): from x import *\n", "x := 1\n", "(x.y := 1)\n", "[i := 0 for i in y]\n"]:
    try:
        exec(src, {})
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno)
