import collections
from collections import ChainMap, UserDict, UserList, UserString, Counter, deque
import collections.abc
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], len(cm), list(cm), dict(cm), "c" in cm, cm.get("z", 0))
child = cm.new_child({"d": 4})
child["e"] = 5
print(child, child.parents, child.maps[0])
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
print(type(cm).__name__, type(cm), isinstance(cm, collections.abc.MutableMapping), cm | {"z": 1})
class D(UserDict):
    def __missing__(self, key):
        return key * 2
d = D(x=1)
d["y"] = 2
print(d, d["q"], len(d), "x" in d, d.copy(), type(d.copy()).__name__, dict(d))
ul = UserList([3, 1, 2])
ul.sort(); ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul), ul == [1, 2, 3, 4], isinstance(ul, collections.abc.MutableSequence))
us = UserString("Hello")
print(us.upper(), us + "!", us[1:3], len(us), "ell" in us, us.replace("l", "L"), us.split("l"), us == "Hello")
print(repr(UserString("x")), type(us.lower()).__name__)
print(Counter("aab"), deque([1]), collections.OrderedDict(a=1))
