from typing import List, Dict, Optional, Tuple, Union, Callable, Iterator
from operator import attrgetter, itemgetter, methodcaller

class Student:
    school: str = "Central"
    def __init__(self, name: str, grade: int, gpa: float) -> None:
        self.name = name
        self.grade = grade
        self.gpa = gpa
    def __repr__(self) -> str:
        return f"Student({self.name!r}, {self.grade}, {self.gpa})"

def top_students(students: List[Student], n: int = 2) -> List[str]:
    return [s.name for s in sorted(students, key=attrgetter("gpa"), reverse=True)[:n]]

def group(students: List[Student]) -> Dict[int, List[str]]:
    out: Dict[int, List[str]] = {}
    for s in students:
        out.setdefault(s.grade, []).append(s.name)
    return out

def find(students: List[Student], name: str) -> Optional[Student]:
    return next((s for s in students if s.name == name), None)

def stats(xs: list[float]) -> tuple[float, float]:
    mean = sum(xs) / len(xs)
    var = sum((x - mean) ** 2 for x in xs) / len(xs)
    return mean, var ** 0.5

def apply(f: Callable[[int], int], xs: Iterator[int]) -> list[int]:
    return [f(x) for x in xs]

roster = [Student("ann", 10, 3.7), Student("bob", 11, 3.9), Student("cy", 10, 3.2), Student("di", 12, 3.9)]
print(top_students(roster), top_students(roster, 3))
print(group(roster), find(roster, "cy"), find(roster, "zz"))
m, sd = stats([s.gpa for s in roster])
print(f"{m:.3f} {sd:.4f}")
print(sorted(roster, key=attrgetter("grade", "name")))
print(sorted(roster, key=lambda s: (-s.gpa, s.name)))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)), sorted(pairs, key=itemgetter(1, 0)), list(map(itemgetter(0), pairs)))
print(list(map(methodcaller("upper"), ["x", "y"])), list(map(methodcaller("split", ","), ["a,b", "c"])))
print(apply(lambda v: v * v, iter(range(4))), Student.school)
def f(a: int, b: "str" = "x", *args: int, **kw: float) -> Union[int, str]:
    return a
print(f(1), f.__name__)
x: int = 5
y: List[int]
print(x)
Vector = List[float]
def scale(k: float, v: Vector) -> Vector:
    return [k * e for e in v]
print(scale(2.0, [1.0, -4.2, 5.4]))
