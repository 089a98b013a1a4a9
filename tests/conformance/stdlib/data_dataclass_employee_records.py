from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, make_dataclass, is_dataclass
from typing import List, Optional, ClassVar
import pprint
@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False)
    dept: str
    name: str
    salary: float = 0.0
    skills: List[str] = field(default_factory=list, compare=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        self.sort_key = (self.dept, -self.salary)
emps = [Employee("eng", "ann", 120.0, ["py"]), Employee("ops", "bob", 90.0), Employee("eng", "cat", 150.0, ["rust", "go"]), Employee("hr", "dan")]
for e in sorted(emps):
    print(e)
print(asdict(emps[0]))
print(astuple(emps[2]))
print(replace(emps[1], salary=95.5))
print([f.name for f in fields(Employee)], Employee.count)
print(emps[0] == Employee("eng", "ann", 120.0, ["other"]))
print(emps[0] < emps[2], emps[2] < emps[0])
@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print("Frozen:", e)
try:
    del p.y
except FrozenInstanceError as e:
    print("Frozen:", e)
print(hash(p) == hash(Point(1, 2)), {p: 1}[Point(1, 2)])
print(p, repr(p), Point(y=3, x=4))
try:
    Point()
except TypeError as e:
    print("TE", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TE", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TE", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TE", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("VE", e)
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
tree = Node("root", [Node("a", [Node("a1"), Node("a2", meta={"k": [1, 2, 3]})]), Node("b")], {"owner": "me", "tags": ("x", "y")})
print(asdict(tree))
pprint.pprint(asdict(tree), width=50)
pprint.pprint(tree, width=40)
print(astuple(tree))
Pt3 = make_dataclass("Pt3", [("x", int), ("y", int, field(default=5)), "z"], order=True) if False else make_dataclass("Pt3", [("x", int), ("y", int, field(default=5))], order=True)
print(Pt3(1), Pt3(1) < Pt3(2), is_dataclass(Pt3), is_dataclass(Pt3(1)), is_dataclass(3))
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
print(WithInit(3), WithInit(3, 10), [f.name for f in fields(WithInit)])
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass(unsafe_hash=True)
class H:
    v: int
    w: list = field(default_factory=list, hash=False)
print(hash(H(3)) == hash(H(3, [1])))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print("TE", e)
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
print(S(1), S.__slots__)
try:
    replace(p, z=1)
except TypeError as e:
    print("TE", e)
try:
    asdict(5)
except TypeError as e:
    print("TE", e)
print(Employee.__eq__ is not object.__eq__, Point.__hash__ is not None)
print(sorted([Point(2,1), Point(1,5), Point(1,2)], key=lambda q: (q.x, q.y)))
try:
    sorted([Point(2,1), Point(1,5)])
except TypeError as e:
    print("TE", e)
