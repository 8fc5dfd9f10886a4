# Where pattern captures bind (like assignments), match in every kind of scope, and
# `match` / `case` still usable as ordinary names (soft keywords).

# Module level: captures are globals.
match {"name": "mod", "items": [1, 2, 3]}:
    case {"name": modname, "items": [first, *others]}:
        pass
print(modname, first, others, "first" in globals())

# Function locals, and a capture making a name local (so reading it before is an error).
def local_capture(v):
    match v:
        case [a, b]:
            return a + b
        case other:
            return other
print(local_capture([1, 2]), local_capture("x"))

def unbound_before():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    match 1:
        case y:
            pass
    return y
print(unbound_before())

# global / nonlocal declarations are respected.
counter = None
def set_global(v):
    global counter
    match v:
        case int(counter):
            pass
set_global(41)
print("global counter", counter)

def outer():
    found = "unset"
    def inner(v):
        nonlocal found
        match v:
            case {"found": found}:
                return True
        return False
    inner({"other": 1})
    before = found
    inner({"found": "yes"})
    return before, found
print(outer())

# Captured names used by closures become cells.
def make_getters(items):
    match items:
        case [a, *rest]:
            return (lambda: a), (lambda: rest)
ga, gr = make_getters([10, 20, 30])
print(ga(), gr())

# Class bodies: captures land in the class namespace.
class Config:
    match ("debug", 3):
        case (mode, level):
            pass
print(Config.mode, Config.level)

# Match inside loops: break / continue / return work from case bodies.
def scan(values):
    out = []
    for v in values:
        match v:
            case "stop":
                break
            case "skip":
                continue
            case int(n) if n < 0:
                return out + ["negative"]
            case _:
                out.append(v)
    else:
        out.append("completed")
    return out
print(scan([1, "skip", 2, "stop", 3]), scan([1, -1, 2]), scan([1, 2]))

i = 0
while True:
    i += 1
    match i:
        case 1 | 2:
            continue
        case 5:
            break
print("while ended at", i)

# Generators: yield in case bodies, in the subject and in guards.
def tokens(items):
    for item in items:
        match item:
            case int(n):
                yield ("num", n)
            case str(s) if s.isidentifier():
                yield ("name", s)
            case [*parts]:
                yield from tokens(parts)
            case _:
                yield ("other", item)
print(list(tokens([1, "x", [2, ["y", "+"]], None])))

def echo():
    while True:
        match (yield):
            case "quit":
                return "bye"
            case msg if (yield f"guard saw {msg}"):
                yield f"accepted {msg}"
            case msg:
                yield f"rejected {msg}"
g = echo()
next(g)
print(g.send("hi"))
print(g.send(True))
print(next(g))
print(g.send("again"))
print(g.send(False))
print(next(g))
try:
    g.send("quit")
except StopIteration as e:
    print("returned", e.value)

# Comprehensions and lambdas can call functions that match.
def classify(v):
    match v:
        case 0: return "zero"
        case int(): return "int"
        case _: return "other"
print([classify(v) for v in [0, 1, "a"]])

# Soft keywords: `match` and `case` remain ordinary identifiers.
match = 5
case = 6
print(match + case)
match = [1, 2]
print(match[0], match[-1])
def match(x):
    return f"called match({x})"
print(match(3))
match(4)
print(match (5))
case = {"case": "value"}
print(case["case"])
match, case = 1, 2
print(match, case)
class match:
    case = "attribute"
print(match.case)
match: int = 3
print(match)
match = [10]
match[0] = 11
print(match)
match *[1, 2], 3:
    case [1, 2, 3]:
        print("starred subject")
match match:
    case [case]:
        print("match match, case [case]:", case)
def f(match, case):
    match match:
        case 1:
            return case
print(f(1, "case arg"))
