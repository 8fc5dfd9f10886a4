x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def g():
    del y
try:
    g()
except Exception as e:
    print(type(e).__name__, e)
try:
    print(undefined_thing)
except NameError as e:
    print("NameError:", e)
try:
    lenn([1])
except NameError as e:
    print("NameError:", e)
class K:
    attr = 1
    def method(self):
        return attr
try:
    K().method()
except NameError as e:
    print("NameError:", e)
try:
    K().nope()
except AttributeError as e:
    print("AttributeError:", e)
try:
    K.attr.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    {}.has_key(1)
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__, e)
