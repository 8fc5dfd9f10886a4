import graphlib, reprlib, numbers
from graphlib import TopologicalSorter, CycleError
g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
print(list(TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]}).static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(2, 0)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready(); print("ready", ready); ts.done(*ready)
try:
    list(TopologicalSorter({1: [2], 2: [3], 3: [1]}).static_order())
except CycleError as e:
    print("cycle", e.args)
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(10)}), reprlib.repr((1,)), reprlib.repr(set(range(20))), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[[1]]]]]]]]))
r = reprlib.Repr(); r.maxlist = 2; print(r.repr([1, 2, 3]))
class Node:
    def __init__(self): self.children = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.children})"
print(Node())
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Integral), isinstance(True, numbers.Number), isinstance("x", numbers.Number), issubclass(int, numbers.Rational))
from fractions import Fraction
print(isinstance(Fraction(1, 2), numbers.Rational))
