from __future__ import annotations
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY
import dataclasses
from typing import NamedTuple, TypedDict, Protocol, Generic, TypeVar, Optional, Callable, Iterator, Any, ClassVar, Literal, Final, runtime_checkable, get_type_hints
from enum import Enum, StrEnum, IntFlag, unique, auto
import abc

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
    def __repr__(self) -> str:
        return f"Stack({self._items})"

s: Stack[int] = Stack()
for i in range(3): s.push(i * i)
print(s, len(s), s.pop(), Stack[int], Stack[int]().__class__.__name__)
try:
    Stack().pop()
except IndexError as e:
    print(e)

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p._replace(y=0), Point._field_defaults, Point.__annotations__, p[0], tuple(p), p == (3, 4))

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie.__total__ if hasattr(Movie, "__total__") else None)

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Box:
    def draw(self) -> str: return "[]"
print(isinstance(Box(), Drawable), isinstance(1, Drawable))

@dataclass
class Employee:
    name: str
    dept: str
    salary: float = 50_000.0
    skills: list[str] = field(default_factory=list)
    id: int = field(init=False, repr=False, default=0)
    counter: ClassVar[int] = 0
    def __post_init__(self):
        Employee.counter += 1
        self.id = Employee.counter

@dataclass(frozen=True, order=True)
class Money:
    amount: int
    currency: str = "USD"

@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    _: KW_ONLY
    color: str = "black"

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale

e1 = Employee("Ann", "eng", skills=["py"])
e2 = Employee("Bob", "ops")
print(e1, e2, e1.id, e2.id, Employee.counter)
print(asdict(e1), astuple(e2), replace(e1, name="Annie"), e1 == replace(e1))
print([f.name for f in fields(Employee)], dataclasses.is_dataclass(e1), dataclasses.is_dataclass(Employee))
ms = sorted([Money(5, "EUR"), Money(3), Money(5)])
print(ms, Money(1) < Money(2), hash(Money(1)) == hash(Money(1)), {Money(1): "x"})
try:
    ms[0].amount = 9
except dataclasses.FrozenInstanceError as ex:
    print(type(ex).__name__, ex)
px = Pixel(1, 2, color="red")
print(px, Pixel(0, 0), hasattr(px, "__dict__"), Pixel.__slots__)
try:
    Pixel(1, 2, "red")
except TypeError as ex:
    print(ex)
print(WithInit(5), WithInit(5, 10))
try:
    Employee()
except TypeError as ex:
    print(ex)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as ex:
    print(ex)

class Color(StrEnum):
    RED = auto()
    GREEN = auto()
print(Color.RED, Color.RED.upper(), Color("green"), Color.RED == "red", f"{Color.GREEN}", repr(Color.GREEN))

class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R & 6, repr(Perm(0)), list(Perm(6)))

@unique
class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    @property
    def label(self):
        return self.name.title()
print(Status("active"), Status(1).label, Status.ACTIVE.value, Status.__members__.keys())
try:
    Status(5)
except ValueError as ex:
    print(ex)
try:
    class Dup(Enum):
        A = 1
        B = 1
    print(Dup.B, Dup.B is Dup.A, list(Dup))
    @unique
    class Dup2(Enum):
        A = 1
        B = 1
except ValueError as ex:
    print(ex)

class Plugin(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self) -> str: ...
    @classmethod
    def create(cls): return cls()
class Echo(Plugin):
    name = "echo"
print(Echo.create().name, sorted(Plugin.__abstractmethods__), Echo.__abstractmethods__)
class Registered: pass
Plugin.register(Registered)
print(issubclass(Registered, Plugin), isinstance(Registered(), Plugin))

def apply(f: Callable[[int], int], xs: list[int]) -> Iterator[int]:
    for x in xs:
        yield f(x)
print(list(apply(lambda v: v * 3, [1, 2])), apply.__annotations__)
def greet(name: str, greeting: Optional[str] = None, *, loud: bool = False) -> str:
    msg = f"{greeting or 'Hello'}, {name}"
    return msg.upper() if loud else msg
print(greet("x"), greet("y", "Hi", loud=True), greet.__annotations__, greet.__defaults__, greet.__kwdefaults__)
print(Optional[int], list[int], dict[str, list[int]], Callable[[int], str], Literal["a", "b"], tuple[int, ...], int | None, type(int | str))
