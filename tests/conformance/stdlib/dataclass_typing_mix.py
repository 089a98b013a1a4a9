# dataclasses and typing together: ordering, frozen, KW_ONLY, NamedTuple, TypedDict, Protocol,
# Generic, get_type_hints, get_origin/get_args of builtin generic aliases and unions.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass, make_dataclass, FrozenInstanceError, KW_ONLY
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar, Optional, Union, Any, ClassVar, get_type_hints, Literal, Final, cast, overload
import typing

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tags: list = field(default_factory=list, compare=False, repr=False)
    def bump(self):
        return replace(self, patch=self.patch + 1)

v = Version(1, 2)
print(v, v.bump(), v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1, 2, 9)]))
print(asdict(v), astuple(v), [f.name for f in fields(v)], is_dataclass(v), is_dataclass(Version))

@dataclass(frozen=True)
class Point:
    x: float
    y: float
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1})
try:
    p.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)

@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)
    parent: Optional["Node"] = field(default=None, repr=False)
    count: ClassVar[int] = 0
    def __post_init__(self):
        Node.count += 1
root = Node("root", [Node("a"), Node("b")])
print(root, Node.count)
print(asdict(root))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3
print(KW(1, c=5))
try:
    KW(1, 2)
except TypeError as e:
    print("TypeError", e)

D = make_dataclass("D", [("x", int), ("y", int, field(default=5))])
print(D(1), D.__name__)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 100
    def raise_(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))
e = Employee("ann")
print(e, e.raise_(10), e._asdict(), Employee._fields, Employee._field_defaults)
print(e[0], len(e), e == ("ann", "eng", 100))

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__required_keys__ if hasattr(Movie, "__required_keys__") else "", sorted(Movie.__annotations__))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], T, Stack.__parameters__)

def f(a: int, b: "str" = "x") -> Optional[list[int]]:
    return None
print(get_type_hints(f))
print(Optional[int], Union[int, str], Union[int, None], list[int], dict[str, list[int]], typing.List[int], Literal["a", "b"], Any, typing.Callable[[int], str])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(Optional[int]))
print(cast(int, "x"), Final, typing.Tuple[int, ...])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3))
