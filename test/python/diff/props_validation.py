class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"expected a number, got {type(v).__name__}")
        if v < -273.15:
            raise ValueError(f"{v} is below absolute zero")
        self._c = float(v)
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        return self._c + 273.15
    def __repr__(self):
        return f"Temperature({self._c:.2f}°C)"

t = Temperature(25)
print(t, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t, round(t.kelvin, 2))
for bad in [-300, "hot", None]:
    try:
        t.celsius = bad
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fget.__name__)

class Person:
    _count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Person._count += 1
    name = property(lambda self: self._name)
    @name.setter
    def name(self, value):
        value = value.strip()
        if not value:
            raise ValueError("name must not be empty")
        self._name = value.title()
    @property
    def age(self): return self._age
    @age.setter
    def age(self, value):
        if not 0 <= value <= 150:
            raise ValueError(f"age out of range: {value}")
        self._age = value
    @classmethod
    def count(cls): return cls._count
    def __eq__(self, other): return (self.name, self.age) == (other.name, other.age)
    def __hash__(self): return hash((self.name, self.age))
    def __lt__(self, other): return (self.age, self.name) < (other.age, other.name)
    def __repr__(self): return f"Person(name={self.name!r}, age={self.age})"

ps = [Person("  alice smith ", 30), Person("bob", 25), Person("carol", 30)]
print(ps, Person.count())
print(sorted(ps), min(ps), len({Person("bob", 25), ps[1]}))
for args in [("", 3), ("x", 200)]:
    try:
        Person(*args)
    except ValueError as e:
        print(e)
print(Person.count(), vars(ps[1]), hasattr(ps[0], "_name"), getattr(ps[0], "zzz", "default"))
setattr(ps[1], "nickname", "B")
print(ps[1].nickname, ps[1].__dict__)
