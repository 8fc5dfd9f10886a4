# The mixin methods of collections.abc on minimal user classes, and the protocol hooks.
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence, Hashable, Iterable, Iterator, Sized,
                             Container, Collection, Reversible, Generator, Callable,
                             KeysView, ItemsView, ValuesView)


class S(MutableSet):
    def __init__(self, it=()):
        self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
    def __repr__(self): return "S(%r)" % self.items


a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - [2], [9, 2] - a if False else None, {1, 5} - a, a <= b, S([2]) < a, a == S([3, 2, 1]), a >= S([1]), a > a)
print(a.isdisjoint([7]), a.isdisjoint(b), a & [1, 7], [1, 7] & a, a.__and__(5), a == {1, 2, 3}, {1, 2, 3} == a)
a |= [8]; print(a); a &= [1, 8, 2]; print(a); a ^= [1, 9]; print(a); a -= [9]; print(a)
x = S([1]); x ^= x; print(x); x = S([1]); x -= x; print(x)
p = S([5, 6]); print(p.pop(), p); p.remove(6); print(p)
try:
    p.pop()
except KeyError as e:
    print("KeyError", repr(e))
try:
    p.remove(1)
except KeyError as e:
    print("KeyError", e)
q = S([1, 2, 3]); q.clear(); print(q, type(S([1])._hash()).__name__)


class M(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


m = M(); m.update({"a": 1}, b=2); m.update([("c", 3)]); m.update(M())
print(dict(m), m.get("a"), m.get("z"), "a" in m, "z" in m, type(m.keys()).__name__, list(m.items()), list(m.values()))
print(m == {"a": 1, "b": 2, "c": 3}, m != {}, m.setdefault("d", 4), m.setdefault("a", 9), m.pop("d"), m.pop("zz", None), m.popitem())
print(("a", 1) in m.items(), ("a", 2) in m.items(), 2 in m.values(), "b" in m.keys(), m.keys() & {"a"}, sorted(m.items() | {(1, 2)}, key=str), len(m.values()))
try:
    m.pop("nope")
except KeyError as e:
    print("KeyError", e)
m.clear(); print(dict(m), reversed(m) if False else None, Mapping.__reversed__)
try:
    m.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class Q(MutableSequence):
    def __init__(self, it=()): self.l = list(it)
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)


s = Q([1, 2, 3, 2])
print(list(s), 2 in s, 7 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.index(2, -2), s.count(2))
try:
    s.index(2, 0, 1)
except ValueError as e:
    print("ValueError", repr(e))
s.append(5); s.extend([6]); s.extend(s); s += [0]; s.reverse(); print(s.l, s.pop(), s.pop(0), s.l)
s.remove(2); print(s.l); s.clear(); print(s.l)
print(KeysView({1: 2}), ItemsView({1: 2}), ValuesView({1: 2}), len(KeysView({1: 2, 3: 4})))


class H:
    def __hash__(self): return 1
class NH:
    __hash__ = None
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class Gen(It):
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
class Rev:
    def __reversed__(self): return iter(())
    def __iter__(self): return iter(())
class Col:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False


print(issubclass(H, Hashable), issubclass(NH, Hashable), issubclass(list, Hashable), issubclass(It, Iterator), issubclass(It, Iterable))
print(issubclass(Gen, Generator), issubclass(It, Generator), issubclass(Rev, Reversible), issubclass(Col, Collection), issubclass(Col, Sized), issubclass(Col, Container))
print(issubclass(type(len), Callable), issubclass(H, Callable), isinstance(lambda: 0, Callable), issubclass(Col, Set), issubclass(dict, Mapping), issubclass(str, Sequence))


class MyIt(Iterable):
    pass
print(issubclass(It, MyIt), list(Iterable.__iter__(None)), Hashable.__hash__(None), Sized.__len__(None), Container.__contains__(None, 1))
g = Gen()
print(Generator.close(g) if False else None)
try:
    Generator.throw(g, ValueError, ValueError("boom"))
except ValueError as e:
    print("ValueError", e)
try:
    Generator.throw(g, KeyError)
except KeyError as e:
    print("KeyError", repr(e))


class Ign(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 2
try:
    Ign().close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(Ign()), Iterable[int], Callable[[int], str], Mapping[str, int], Set[int] == Set[int])
