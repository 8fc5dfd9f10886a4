class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents
    def __hash__(self): return hash(self.cents)
    def __add__(self, o):
        if isinstance(o, int): return Money(self.cents + o)
        if not isinstance(o, Money): return NotImplemented
        return Money(self.cents + o.cents)
    def __radd__(self, o): return self.__add__(o)
    def __iadd__(self, o):
        self.cents += o.cents if isinstance(o, Money) else o
        return self
m = [Money(250), Money(99), Money(1000)]
print(sorted(m), min(m), max(m), sum(m, Money(0)), sum(m), str(m[0]), [str(x) for x in m])
print(m[0] == Money(250), m[0] != Money(250), m[0] > m[1], m[0] >= m[1], Money(1) in m, Money(99) in m)
a = Money(1); b = a; a += Money(2); print(a, b, a is b)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
print(len({Money(1), Money(1), Money(2)}))
class NoEq:
    pass
x = NoEq()
print(x == x, x != NoEq(), x is not None, bool(x))
class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __repr__(self): return f"Seq{tuple(self.items)}"
    def __reversed__(self): return iter(self.items[::-1])
s = Seq(1, 2, 3, 4)
print(s[1], s[1:3], s[-1], list(s), 3 in s, len(s), list(reversed(s)), sorted(s, reverse=True))
s[0] = 10; del s[1]; print(s, bool(Seq()))
for v in s:
    print(v, end=" ")
print()
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
class Meta:
    def __getattr__(self, name):
        return f"dynamic_{name}"
print(Meta().foo, Meta().bar)
class Guard:
    def __setattr__(self, k, v):
        if k.startswith("_"):
            raise AttributeError(f"cannot set private {k}")
        super().__setattr__(k, v)
g = Guard(); g.x = 1
try:
    g._y = 2
except AttributeError as e:
    print(e)
print(g.x, g.__dict__)
class Animal:
    sound = "..."
    def __init__(self, name): self.name = name
    def speak(self): return f"{self.name} says {self.sound}"
    @classmethod
    def create(cls, name): return cls(name)
class Dog(Animal): sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self): return super().speak().upper()
for an in [Dog.create("rex"), Cat("tom"), Animal("x")]:
    print(an.speak(), type(an).__name__, isinstance(an, Animal))
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return et is KeyError
with Ctx("a") as c1, Ctx("b") as c2:
    print("inside", c1.name, c2.name)
with Ctx("suppress"):
    raise KeyError("k")
try:
    with Ctx("nosuppress"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)
