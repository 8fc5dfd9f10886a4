"""PEP 563: with the future import, annotations are kept as strings, never evaluated."""
from __future__ import annotations

import __future__


class Node:
    value: int
    next: Node | None = None

    def link(self, other: Node, *rest: list[Node], key: str = "k", **kw: dict[str, int]) -> Node:
        self.next = other
        return self


def f(x: Undefined.attr[int, "text"], y: tuple[int, ...] = ()) -> Callable[[int], str]:
    return x


print(f(1))
print(Node.__annotations__)
print(Node.link.__annotations__)
print(f.__annotations__)
print(__future__.annotations.compiler_flag, "annotations" in __future__.all_feature_names)
