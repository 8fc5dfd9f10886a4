# Subclassing builtins: which of __new__ and __init__ sees the arguments.
class Scaled(int):
    def __init__(self, v, scale=1):
        self.scale = scale
try:
    Scaled(5, scale=2)
except TypeError as e:
    print("TypeError:", e)
s = Scaled(5)
print(s, s.scale)

class Label(str):
    def __init__(self, text, tag=""):
        self.tag = tag
try:
    Label("x", tag="t")
except TypeError as e:
    print("TypeError:", e)

class Fixed(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, "from new")
print(Fixed(1, 2).args, Fixed().args)

class Kept(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
print(Kept(1, 2).args)

class OnlyNew:
    def __new__(cls, *args):
        return object.__new__(cls, *args)
try:
    OnlyNew(1)
except TypeError as e:
    print("TypeError:", e)
print(type(OnlyNew()).__name__)

class WithInit:
    def __new__(cls, *args):
        return object.__new__(cls)
    def __init__(self, a):
        self.a = a
print(WithInit(3).a)

class Plain:
    pass
for args in [(), (1,)]:
    try:
        print(type(object.__new__(Plain, *args)).__name__)
    except TypeError as e:
        print("TypeError:", e)

class Init:
    def __init__(self, a):
        self.a = a
print(object.__new__(Init, 1, 2).__class__.__name__)

for call in ["int(x=1)", "int('7', base=8, extra=1)", "int('7', extra=1)", "str(x=1)", "str(b'a', encoding='ascii', q=1)", "int('7', base=8)", "str(object=5)"]:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "-> TypeError:", e)
