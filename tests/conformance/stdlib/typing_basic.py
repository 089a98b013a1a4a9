import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    TypeVar, Generic, Protocol, NamedTuple, TYPE_CHECKING, cast, overload,
                    final, ClassVar, Literal, Final, get_type_hints, get_origin, get_args,
                    runtime_checkable, NewType, TypedDict)

print("TYPE_CHECKING:", TYPE_CHECKING)
if TYPE_CHECKING:
    print("never")

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
Num = TypeVar("Num", int, float)
B = TypeVar("B", bound=str)

# reprs
for hint in [Any, List, Dict, Optional, Union, Callable, Tuple, Literal, ClassVar, Final,
             List[int], Dict[str, int], Set[float], FrozenSet[str], Tuple[int, str],
             Tuple[int, ...], Tuple[()], Optional[int], Optional[List[int]],
             Union[int, str], Union[int, None], Union[None, str], Union[int, str, None],
             Callable[[int, str], bool], Callable[..., int], Callable[[], None],
             Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int],
             Mapping[str, int], MutableMapping[str, List[int]], Type[int],
             Literal[1, "a", True], ClassVar[int], Final[str], T, T_co, T_contra,
             Dict[K, V], List[T], Dict[str, List[Tuple[int, Optional[str]]]]]:
    print(repr(hint))

# Union semantics
print(Union[int] is int)
print(Union[int, int, str] == Union[str, int])
print(Union[int, Union[str, float]])
print(Optional[Union[int, str]])
print(Optional[int] == Union[int, None], List[int] == List[int], List[int] == List[str])
print(hash(List[int]) == hash(List[int]))
print(Dict[K, V][str, int], List[T][float])

# get_origin / get_args
for hint in [List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...],
             Callable[[int], str], Literal["x", "y"], ClassVar[int], int, Iterable[int]]:
    print(hint, "->", get_origin(hint), get_args(hint))

# TypeVar details
print(T.__name__, Num.__constraints__, B.__bound__, T_co.__covariant__, T.__covariant__)

# subscription errors
for bad in [lambda: List[int, str], lambda: Dict[int], 
            lambda: Union[()], lambda: Any[int], lambda: Generic[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

try:
    List()
except TypeError as e:
    print("TypeError:", e)
try:
    Any()
except TypeError as e:
    print("TypeError:", e)


# Generic classes
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


s = Stack[int]()
s.push(1)
s.push(2)
print(type(s).__name__, s.pop(), len(s))
print(Stack[int], Stack[str] == Stack[str])
print(Stack.__parameters__)
print(isinstance(s, Stack), isinstance(s, Generic))


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"


print(Pair("a", 1), Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print("TypeError:", e)


class IntStack(Stack[int]):
    pass


i = IntStack()
i.push(7)
print(i.items, IntStack.__mro__[0].__name__, isinstance(i, Stack))


# NamedTuple
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 100.0

    def raise_pay(self, pct: float) -> "Employee":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))

    @property
    def label(self) -> str:
        return f"{self.name}@{self.dept}"


e = Employee("ann")
print(e, e.label, e.raise_pay(10))
print(Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
print(isinstance(e, tuple), e[0], len(e), e._asdict())
name, dept, salary = Employee("bob", "ops", 50)
print(name, dept, salary)
print(Employee.__name__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)

Color = NamedTuple("Color", [("r", int), ("g", int), ("b", int)])
print(Color(1, 2, 3), Color.__annotations__)
Size = NamedTuple("Size", w=int, h=int)
print(Size(3, 4))


# Protocol
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Conn:
    def close(self) -> None:
        print("conn closed")


class NotClosable:
    pass


print(isinstance(Conn(), SupportsClose), isinstance(NotClosable(), SupportsClose))
try:
    SupportsClose()
except TypeError as e:
    print("TypeError:", e)


class Greeter(Protocol):
    def greet(self) -> str:
        ...


try:
    isinstance(Conn(), Greeter)
except TypeError as e:
    print("TypeError:", e)


class English(Greeter):
    def greet(self) -> str:
        return "hello"


print(English().greet())


# cast, overload, final, NewType
x = cast(int, "not an int")
print(x, cast("List[int]", [1]))


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(4), double("ab"))


@overload
def lonely(x: int) -> int: ...


try:
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)


@final
class Leaf:
    @final
    def method(self):
        return "m"


print(Leaf.__final__, Leaf.method.__final__, Leaf().method())

UserId = NewType("UserId", int)
uid = UserId(42)
print(UserId, uid, type(uid).__name__, UserId.__supertype__, UserId.__name__)


# TypedDict
class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, sorted(Movie.__annotations__), Movie.__total__)


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


print(sorted(PartialMovie.__optional_keys__), sorted(PartialMovie.__required_keys__))


# annotations and get_type_hints
def greet(name: str, times: int = 1, loud: Optional[bool] = None) -> List[str]:
    return [name.upper() if loud else name] * times


print(greet.__annotations__)
print(get_type_hints(greet))
print(greet("hi", 2, True))


def later(a: "int", b: "List[str]") -> "Dict[str, int]":
    return {}


print(get_type_hints(later))


class Config:
    name: str
    retries: int = 3
    tags: ClassVar[List[str]] = []
    ratio: "float" = 0.5


print(Config.__annotations__)
print(get_type_hints(Config))


class SubConfig(Config):
    extra: Dict[str, Any]


print(get_type_hints(SubConfig))

# using aliases as constructors
Vector = List[float]


def scale(k: float, v: Vector) -> Vector:
    return [k * x for x in v]


print(scale(2.0, [1.0, 2.5]), Vector)
d = typing.DefaultDict[str, int]
print(d, typing.Deque[int], typing.Counter[str], typing.OrderedDict[str, int])
print(typing.Dict is Dict, typing.Text is str, typing.Hashable, typing.Sized)
print(typing.AnyStr, typing.AnyStr.__constraints__)


class Names(List[str]):
    def joined(self):
        return ",".join(self)


n = Names(["a", "b"])
n.append("c")
print(n.joined(), isinstance(n, list), Names.__orig_bases__, [c.__name__ for c in Names.__mro__])


class Registry(Dict[str, int]):
    pass


r = Registry(a=1)
print(r, Registry.__bases__)
print(IntStack.__orig_bases__, IntStack.__bases__)
print(Stack.__orig_bases__ if False else "skip")
