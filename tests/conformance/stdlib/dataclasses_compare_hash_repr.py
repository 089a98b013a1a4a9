"""Dataclass comparison, hashing and repr: the generated methods on realistic records."""
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


@dataclass(order=True, frozen=True)
class Release:
    version: Version
    name: str
    notes: list = field(default_factory=list, compare=False, hash=False, repr=False)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


@dataclass(unsafe_hash=True)
class Point:
    x: float
    y: float


@dataclass
class Point3(Point):
    z: float = 0.0


versions = [Version(1, 2, 3, "b"), Version(1, 10), Version(0, 9, 9), Version(1, 2, 3, "a"), Version(1, 2)]
print(sorted(versions))
print(Version(1, 2, 3, "x") == Version(1, 2, 3, "y"), Version(1, 2) < Version(1, 2, 1))
print(Version(2) >= Version(1, 99), Version(1) <= Version(1), Version(3) > Version(3))
print(max(versions), min(versions))

releases = [Release(Version(1, 1), "beta", ["fix"]), Release(Version(1, 0), "alpha"), Release(Version(1, 1), "alpha")]
releases.sort()
for r in releases:
    print(r)
print(len({r: r.name for r in releases}), hash(releases[0]) == hash(Release(Version(1, 0), "alpha", ["x"])))

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
loop = Node(0)
loop.children.append(loop)
print(loop)
print(root == Node(1, [Node(2), Node(3, [Node(4)])]), root == Node(1))

p, q = Point(1.0, 2.0), Point3(1.0, 2.0)
print(p, q, p == q, q == Point3(1.0, 2.0, 0.0))
print(hash(p) == hash((1.0, 2.0)), {p, Point(1.0, 2.0)})
print(Point.__eq__(p, 5), Version.__lt__(Version(1), "1"))
print(Version.__lt__.__qualname__, Node.__repr__.__qualname__, Point.__hash__.__name__)

try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(Node(1))
except TypeError as e:
    print("TypeError:", e)
sorted([Version(1), Point(0.0, 0.0)])
