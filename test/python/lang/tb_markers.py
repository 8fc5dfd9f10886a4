a = [1]
def t(f):
    try: f()
    except Exception: import traceback; traceback.print_exc()
t(lambda: a[ 5 ])
t(lambda: a[1:2:3][7])
t(lambda: (a)[5 ]+1)
t(lambda: a[5, 6])
def g():
    x = a [5] 
t(g)
def h():
    x = 1 +  (2 // 0)
t(h)
def k():
    x = (1 + 2) //0
t(k)
def k2():
    x = 1 ** 2 /(0)
t(k2)
def k3():
    return a.foo
t(k3)
def k4():
    return u
t(k4)
def k5():
    return a[0] + len(3) + "x"
t(k5)
def k6():
    a[5]
t(k6)
def k7():
    1/0
t(k7)
def k8():
    return -a
t(k8)
def k9():
    return a < 3
t(k9)
def k10():
    for x in 5: pass
t(k10)
def k11():
    return (1 +
      "x")
t(k11)
def k12():
    return a[
      5]
t(k12)
def k13():
    d = {"a": {"b": 1}}
    return d["a"]["c"] + int("x")
t(k13)
def k14():
    return int("x") + 1  # comment
t(k14)
def k16():
    x = 5
    x /= 0
t(k16)
def k17():
    assert 1 == 2, "no"
t(k17)
def k18():
    if True: assert 1 == 2
t(k18)
def k19():
    s = "abc"
    s.index("z")
t(k19)
def k20():
    return [].pop()
t(k20)
def k21():
    print("é", 1/0)
t(k21)
# The traceback module and the interpreter's printer place markers alike, except that the
# module strips trailing blanks of a line (and still counts them, as 3.11 does).
def trailing():
    x = [1] [5]   
t(trailing)
class P:
    @property
    def p(self): raise KeyError(1)
    def __add__(self, o): raise KeyError(2)
    def __getitem__(self, o): raise KeyError(3)
    def __iter__(self): raise KeyError(4)
    def __eq__(self, o): raise KeyError(5)
def gen():
    yield 1
    raise ValueError("x")
def a1():
    for x in gen(): pass
t(a1)
def a2():
    y = P().p + 1
t(a2)
def a3():
    y = 1 + (P() + 2)
t(a3)
def a4():
    y = len(P()[0])
t(a4)
def a5():
    y = [x for x in P()]
t(a5)
def a6():
    if P() == 3: pass
t(a6)
def a8():
    x = next(gen()) + next(iter(P()))
t(a8)
def a9():
    return sorted([3, 1], key=lambda k: P()[k])
t(a9)
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
def two_calls():
    s = Stack()
    b, a = s.pop(), s.pop()
t(two_calls)
def builtin_in_args():
    print(int("12"), int("x"))
t(builtin_in_args)
def inner(d):
    return d["k"]["z"]
def outer():
    x = [inner({"k": {}}) for i in range(2)]
outer()
