"""Module doc."""
# from __future__ import annotations keeps annotations as source text (forward references work).
from __future__ import annotations
from dataclasses import dataclass, field
from typing import ClassVar, Optional
@dataclass
class Node:
    value: int
    children: list[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
    def add(self, other: Node) -> Node:
        other.parent = self
        self.children.append(other)
        return other
root = Node(1); c = root.add(Node(2)); c.add(Node(3))
print(root.value, [ch.value for ch in root.children], c.parent.value, Node.add.__annotations__, Node.__annotations__)
print(Node(5), Node.count)
def f(x: "quoted", y: dict[str,   int] = {}) -> None: pass
print(f.__annotations__)
x: int = 5
print(__annotations__, annotations)
import __future__
print(__future__.annotations, __future__.all_feature_names[-1])
