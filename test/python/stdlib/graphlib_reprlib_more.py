# graphlib error paths, ready order, cycles; reprlib limits, levels, cuts and recursion.
import reprlib
from collections import deque
from graphlib import TopologicalSorter, CycleError

ts = TopologicalSorter()
for args in (("a", "b", "c"), ("b", "d"), ("c", "d"), ("e",), ("a", "e"), ("b", "d")):
    ts.add(*args)
try:
    ts.get_ready()
except ValueError as e:
    print("ValueError", e)
try:
    ts.is_active()
except ValueError as e:
    print("ValueError", e)
ts.prepare()
for bad in (lambda: ts.prepare(), lambda: ts.add("z"), lambda: ts.done("zz"), lambda: ts.done("a")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
order = []
while ts:
    batch = ts.get_ready()
    order.append(batch)
    if batch:
        ts.done(*batch)
print(order, ts.is_active(), bool(ts))
try:
    ts.done("d")
except ValueError as e:
    print("ValueError", e)
ts = TopologicalSorter({1: [2, 3], 2: [4], 3: [4]})
ts.prepare()
first = ts.get_ready()
print(first, ts.get_ready(), ts.is_active())
ts.done(*first)
print(ts.get_ready())
for graph in ({1: [1]}, {"a": ["b"], "b": ["c"], "c": ["a"], "x": ["a"]}, {0: [1], 1: [2], 2: [3], 3: [1]}, {5: [6, 7], 7: [8], 8: [7]}):
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print("CycleError", e.args, isinstance(e, ValueError))
print(list(TopologicalSorter({"x": ["y", "z"], "z": ["w"], "y": ["w"], "q": []}).static_order()))
print(TopologicalSorter[int] is not None, list(TopologicalSorter().static_order()))

r = reprlib.Repr()
print(r.repr((1,)), r.repr(()), r.repr([]), r.repr(set()), r.repr(frozenset()), r.repr({}), r.repr(deque(range(10))))
print(r.repr(frozenset(range(10))), r.repr({3, 1, 2}), r.repr({"b": 1, "a": [1, 2, 3, 4, 5, 6, 7]}), r.repr({1, "a"}))
print(r.repr("a" * 40), r.repr("ab\n" * 20), r.repr("short"), r.repr(10 ** 50), r.repr(-10 ** 39), r.repr(1.5))
print(r.repr(list(range(7))), r.repr(tuple(range(7))), r.repr([[[[[[[[1]]]]]]]]), r.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))


class Big:
    def __repr__(self):
        return "B" * 50


class Broken:
    def __repr__(self):
        raise RuntimeError


print(r.repr(Big()), r.repr(Broken()).startswith("<Broken instance at 0x"), r.repr(object).startswith("<class"))
r.maxlevel = 1; r.maxstring = 8; r.maxlong = 6; r.maxother = 5; r.fillvalue = "~"; r.maxdict = 1
print(r.repr([[1], 2]), r.repr("abcdefghijkl"), r.repr(12345678), r.repr(Big()), r.repr({1: 2, 3: 4}), r.repr(([1],)))
r.maxstring = 2; r.maxlong = 1
print(r.repr("abcdef"), r.repr(123), r.repr([]))


class MyRepr(reprlib.Repr):
    def repr_MyThing(self, x, level):
        return "<thing>"
    def repr_str(self, x, level):
        return "S" + super().repr_str(x, level)


class MyThing:
    pass


print(MyRepr().repr([MyThing(), "s"]), reprlib.aRepr.maxlist, reprlib.repr is not None)


class Tree:
    def __init__(self, name):
        self.name, self.kids = name, []
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self) -> str:
        """tree repr"""
        return f"Tree({self.name}, {self.kids})"


t = Tree("a"); u = Tree("b"); t.kids.append(u); u.kids.append(t); u.kids.append(u)
print(t, u, Tree.__repr__.__name__, Tree.__repr__.__doc__, Tree.__repr__.__qualname__, hasattr(Tree.__repr__, '__wrapped__'))
print(Tree.__repr__.__annotations__)
