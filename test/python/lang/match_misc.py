# match in exec, big ints, str subclasses, errors in guards and bodies, nesting, syntax errors via exec.
exec("match [1, 2]:\n    case [x, *y]: print('exec', x, y)")
ns = {}
exec("match {'a': 1}:\n    case {'a': v}: pass", ns)
print(ns['v'])
match n := 10**20:
    case 100000000000000000000:
        print("big", n)
class S(str): pass
match S("abc"):
    case "abc": print("str subclass eq")
def g(v):
    match v:
        case [x] if x.missing:
            pass
def h(v):
    match v:
        case int():
            raise ValueError("in body")
for fn in (g, h):
    try:
        fn([1]) if fn is g else fn(1)
    except Exception as e:

        print(type(e).__name__, e)
def nested(v):
    match v:
        case [a, b]:
            match b:
                case [c, *d]:
                    return a, c, d
                case _:
                    return a, b
print(nested([1, [2, 3]]), nested([1, 2]))
match -0.0:
    case 0:
        print("-0.0 == 0")
match 3:
    case 1 | 2 | 3 if False:
        print("no")
    case (1 | 3) as z:
        print("z", z)
# star in the middle with tuple subject and large list
match tuple(range(10)):
    case (0, 1, *mid, 8, 9):
        print(mid)
match {"a": 1, "b": 2}:
    case {**kw}:
        print(kw, kw is not None)
match [1, 2, 3]:
    case [1, *_, 3] as full:
        print(full)

# CPython's compile-time pattern errors, raised by exec as SyntaxError.
bad = [
    "match x:\n    case _: pass\n    case 1: pass",
    "match x:\n    case y: pass\n    case 1: pass",
    "match x:\n    case [*a, *b]: pass",
    "match x:\n    case [a] | b: pass",
    "match x:\n    case [a, a]: pass",
    "match x:\n    case {'a': 1, 'a': 2}: pass",
    "match x:\n    case A(x=1, x=2): pass",
    "match x:\n    case A(x=1, 2): pass",
    "match x:\n    case 1 as _: pass",
    "match x:\n    case f'{x}': pass",
    "match x:\n    pass",
]
for src in bad:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e)
