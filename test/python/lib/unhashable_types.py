# Unhashable builtin types expose __hash__ = None, as in CPython.
for t in [list, dict, set, bytearray, type({}.keys()), type({}.items()), slice]:
    print(t.__name__, t.__hash__, t.__dict__['__hash__'], '__hash__' in t.__dict__)
print(hasattr([], '__hash__'), [].__hash__, {}.__hash__ is None, set().__hash__)
print(frozenset().__hash__ is not None, tuple.__hash__ is not None, type({}.values()).__hash__ is object.__hash__)
for v in [[], {}, set(), bytearray(), {}.keys(), {}.items(), slice(1, 2), [[]]]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash({}.values()) == hash({}.values()) or True, hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1, 2, {3}}
except TypeError as e:
    print(e)

class L(list):
    pass
class H(list):
    def __hash__(self):
        return 7
class E:
    def __eq__(self, other):
        return True
print(L.__hash__, H().__hash__(), hash(H()), E.__hash__)
try:
    hash(L())
except TypeError as e:
    print(e)
try:
    hash(E())
except TypeError as e:
    print(e)
