class Animal:
    species_count = {}
    sound = "..."
    def __init__(self, name):
        self.name = name
        cls = type(self).__name__
        Animal.species_count[cls] = Animal.species_count.get(cls, 0) + 1
    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    def __str__(self): return f"<{self.__class__.__name__} {self.name}>"
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.registered = True

class Dog(Animal):
    sound = "woof"
    def fetch(self): return f"{self.name} fetches"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + " (ignoring you)"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()

pets = [Dog("rex"), Cat("tom"), Puppy("bit"), Dog("fido")]
for p in pets: print(p.speak())
print(Animal.species_count, [str(p) for p in pets])
print(Puppy.__mro__, Puppy.__bases__, Puppy.__name__, Puppy.__qualname__)
print(isinstance(pets[2], Dog), issubclass(Puppy, Animal), issubclass(Cat, Dog), Dog.registered)
print(hasattr(pets[1], "fetch"), callable(getattr(pets[0], "fetch")), pets[0].fetch())
print(type(pets[0]) is Dog, type(pets[2]) is Dog, type(pets[0]) == type(pets[3]))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.count = Counter.count * 10
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)
class Meta:
    def __repr__(self): return "Meta()"
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
m = Meta()
print(m.get_value(), m.get_x())
try:
    m.other
except AttributeError as e:
    print(e)
class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="USD"):
        self.amount = amount; self.currency = currency
    def __repr__(self): return f"{self.amount:.2f} {self.currency}"
    def __add__(self, o):
        if o == 0: return self
        if self.currency != o.currency: raise ValueError("currency mismatch")
        return Money(self.amount + o.amount, self.currency)
    __radd__ = __add__
print(sum([Money(1.5), Money(2.25), Money(10)]))
try:
    Money(1) + Money(1, "EUR")
except ValueError as e:
    print(e)
