from typing import NamedTuple, TypedDict, List, Dict, Optional, Union, get_type_hints
import typing

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
print(p, p.norm(), p._asdict(), Point._fields, Point._field_defaults, Point(1), p.__doc__)
print(isinstance(p, tuple), p[0], Point.__annotations__, type(p).__name__)
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1))

class Movie(TypedDict):
    name: str
    year: int

m = Movie(name="Blade Runner", year=1982)
print(m, type(m), Movie.__required_keys__ == {"name", "year"}, Movie.__annotations__)
class Partial(TypedDict, total=False):
    extra: str
print(Partial.__optional_keys__, Partial(extra="x"))
print(List[int], Dict[str, List[int]], Optional[int], typing.Tuple[int, ...], Union[int, str])
print(get_type_hints(Point))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(e)
D = TypedDict("D", {"a": int}); print(D(a=1), D.__annotations__)
