"""typing in a small record-processing script: NamedTuple with defaults and methods,
TypedDict, Generic containers, Protocol with runtime_checkable, get_type_hints, and how
annotations and typing objects print."""
from typing import (NamedTuple, TypedDict, Generic, TypeVar, Protocol, runtime_checkable,
                    get_type_hints, Optional, Union, List, Dict, Tuple, Callable, Any,
                    Iterator, get_origin, get_args, Literal, Final, cast, overload)
import typing

T = TypeVar('T')
K = TypeVar('K', bound='Comparable')
N = TypeVar('N', int, float)


class Employee(NamedTuple):
    name: str
    dept: str
    salary: float = 50000.0
    manager: Optional[str] = None

    def raise_by(self, pct: float) -> 'Employee':
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError('pop from empty Stack')
        return self._items.pop()

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)


class Pair(Generic[T, N]):
    def __init__(self, first: T, second: N):
        self.first, self.second = first, second


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class SupportsArea(Protocol):
    def area(self) -> float: ...


class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


def total_area(shapes: List[SupportsArea]) -> float:
    return sum(s.area() for s in shapes)


def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Union[int, None]:
    return table.get(key, default)


def apply(f: Callable[[int, int], int], pair: Tuple[int, int]) -> int:
    return f(*pair)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print("== NamedTuple")
staff = [Employee('Ann', 'eng', 120000.0), Employee('Bob', 'ops', manager='Ann'), Employee('Cy', 'eng')]
for e in staff:
    print(e)
print(Employee._fields, Employee._field_defaults)
print(staff[1]._asdict(), staff[0].raise_by(10))
print(Employee._make(['Dee', 'hr', 1.0, None]), staff[2] == ('Cy', 'eng', 50000.0, None))
name, dept, *rest = staff[0]
print(name, dept, rest, staff[0][2], len(staff[0]))
by_dept = {}
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
try:
    staff[0].salary = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Employee('x')
except TypeError as e:
    print("TypeError:", e)
print(Employee.__annotations__)

print("== TypedDict")
m: Movie = {'title': 'Blade Runner', 'year': 1982}
pm = PartialMovie(title='Alien')
print(m, pm, type(m).__name__, Movie.__total__, PartialMovie.__total__)
print(sorted(Movie.__required_keys__), sorted(PartialMovie.__optional_keys__))
print(Movie.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)

print("== Generic")
s: Stack[int] = Stack()
for i in (3, 1, 4):
    s.push(i)
print(len(s), list(s), s.pop(), len(s))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
print(Stack[int], Stack[str].__origin__ is Stack, Pair[str, int], Pair.__parameters__)
p = Pair('a', 2.5)
print(p.first, p.second, Stack.__parameters__, T, K.__bound__, N.__constraints__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

print("== Protocol")
r = Resource('db')
print(isinstance(r, Closable), isinstance(Square(1), Closable), isinstance(open, Closable))
print(total_area([Square(2), Square(3)]))
try:
    isinstance(Square(1), SupportsArea)
except TypeError as e:
    print("TypeError:", e)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)

print("== hints and printing")
print(get_type_hints(lookup))
print(get_type_hints(apply))
print(get_type_hints(Employee.raise_by))
print(lookup.__annotations__['return'], apply.__annotations__['f'])
for tp in [Optional[int], Union[int, str], List[Dict[str, int]], Tuple[int, ...], Callable[..., Any],
           Literal['a', 1], Final[int], Dict[str, List[Tuple[int, float]]], int | None, list[int]]:
    print(tp, get_origin(tp), get_args(tp))
print(cast(int, 'not really'), double(2), double('ab'))
print(Union[int, int], Union[int, Union[str, float]], Optional[Union[int, str]])
print(typing.TYPE_CHECKING, Any, repr(T), typing.List, typing.Dict[str, T][int])
