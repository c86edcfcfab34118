# from __future__ import annotations (PEP 563): annotations are kept as their source text,
# so names defined later (or nowhere) do not fail.
from __future__ import annotations
import __future__
from typing import List, Optional

def f(a: List[int], b: Optional[Node] = None) -> Dict[str, int]:
    return {}

class Node:
    value: int
    next: Optional[Node] = None
    def link(self, other: Node) -> Node:
        return other

x: UndefinedType = 3
y: list[int | None]
print(f([1]), x)
print(f.__annotations__)
print(Node.__annotations__, Node.link.__annotations__)
print(__annotations__)
print(__future__.annotations, __future__.division.getMandatoryRelease())
print(__future__.all_feature_names)
