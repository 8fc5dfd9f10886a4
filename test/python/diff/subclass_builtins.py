class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1, 2]); s.push(3)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), s + [9], type(s + [9]).__name__, s[::-1], type(s[:]).__name__)
class Default(dict):
    def __missing__(self, key):
        self[key] = v = key * 2
        return v
d = Default(a=1)
print(d["a"], d["bc"], d, d.get("zz"), "zz" in d, len(d))
class CaseInsensitive(dict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __contains__(self, k): return super().__contains__(k.lower())
ci = CaseInsensitive()
ci["Name"] = "x"; ci["AGE"] = 3
print(ci["NAME"], "age" in ci, "Age" in ci, ci, list(ci.items()), dict(ci))
class Counted(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
c = Counted("ab"); c.append("c"); c.extend("de")
print(c, c.appends, sorted(c, reverse=True), c == ["a", "b", "c", "d", "e"], c.count("a"))
class SortedList(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def add(self, x):
        import bisect
        bisect.insort(self, x)
sl = SortedList([5, 1, 3]); sl.add(2); sl.add(9)
print(sl, sl[0], sl[-1], 3 in sl, sl.index(3))
class Bag(dict):
    def add(self, item, n=1):
        self[item] = self.get(item, 0) + n
    def __len__(self):
        return sum(self.values())
b = Bag(); b.add("x"); b.add("y", 3)
print(b, len(b), bool(b), list(b), {**b})
class MyStr(str):
    def shout(self): return self.upper() + "!"
ms = MyStr("hey")
print(ms.shout(), ms + " you", type(ms + "x").__name__, len(ms), ms == "hey", isinstance(ms, str), repr(ms))
class Pos(int):
    def __repr__(self): return f"Pos({int(self)})"
p = Pos(5)
print(p, p + 1, type(p + 1).__name__, repr(p), p * 2, [p], p == 5, hash(p) == hash(5))
class OrderedSet(dict):
    def add(self, x): self[x] = None
    def __repr__(self): return "{" + ", ".join(map(repr, self)) + "}"
os_ = OrderedSet(); [os_.add(x) for x in [3, 1, 3, 2]]
print(os_, len(os_))
class Matrix(list):
    @property
    def shape(self): return (len(self), len(self[0]) if self else 0)
print(Matrix([[1, 2], [3, 4]]).shape, Matrix().shape)
class Temps(list):
    def __getitem__(self, i):
        v = super().__getitem__(i)
        return v if isinstance(i, slice) else round(v * 9 / 5 + 32, 1)
t = Temps([0, 100, 37])
print(t[0], t[1], t[2], t[0:2], list(t), [x for x in t])
