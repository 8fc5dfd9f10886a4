import pprint
from collections import OrderedDict, defaultdict, Counter, deque
data = {"name": "heapscope", "numbers": list(range(30)), "nested": {"a": [1, 2, {"x": (1, 2, 3)}], "b": {3, 1, 2}, "zz": "short"}, 3: None, "long": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, sort_dicts=False, indent=4, width=60)
print(pprint.pformat(list(range(40)), compact=True, width=50))
pprint.pprint([("a" * 30, "b" * 30, "c" * 30)])
pprint.pprint({"k": OrderedDict(a=1, b=[1] * 40), "d": defaultdict(list, {"x": [1] * 30}), "c": Counter("abracadabra" * 5), "q": deque(range(40))})
l = [1, 2]; l.append(l)
print(pprint.pformat(l).startswith("[1, 2, <Recursion on list with id="))
print(pprint.saferepr({"b": 1, "a": 2}), pprint.isreadable([1, 2]), pprint.isrecursive(l))
pprint.pprint(frozenset(range(30)))
pprint.pprint(b"x" * 100)
pprint.pp({"b": 1, "a": [1] * 50})
pprint.pprint({"a": {"b": {"c": {"d": 1}}}}, depth=2)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint((1,))
pprint.pprint(((1,) * 40,))
