from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar, get_type_hints, overload, cast, Optional, Union, Any, List, Dict, Callable, Literal, Final, get_origin, get_args, Iterator
import typing
class Emp(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 0.0
    def raise_(self, pct): return self._replace(salary=self.salary * (1 + pct / 100))
    @property
    def tag(self): return f'{self.name}@{self.dept}'
e = Emp('ann', salary=100.0)
print(e, e.raise_(10), e.tag, e._fields, e._field_defaults, Emp._make(['b', 'c', 1]), e._asdict())
print(Emp.__annotations__, isinstance(e, tuple), e[0], len(e), e == ('ann', 'eng', 100.0))
try: Emp()
except TypeError as ex: print(ex)
try: e.name = 'x'
except AttributeError as ex: print(ex)
class Movie(TypedDict, total=False):
    title: str
    year: int
class Movie2(Movie):
    rating: float
m: Movie = {'title': 'x'}
print(m, Movie.__required_keys__, sorted(Movie2.__optional_keys__), sorted(Movie2.__required_keys__), Movie2.__total__, type(m))
M3 = TypedDict('M3', {'a': int, 'b': str})
print(M3(a=1, b='x'), M3.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer))
class NP(Protocol):
    def x(self): ...
try: isinstance(F(), NP)
except TypeError as ex: print(ex)
try: Closer()
except TypeError as ex: print(ex)
T = TypeVar('T'); K = TypeVar('K', bound=str)
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), Stack[int], Stack.__parameters__, T, K.__bound__)
class Pair(Generic[T, K]): pass
print(Pair[int, str], Pair[int, str].__args__, get_origin(Pair[int, str]) is Pair)
try: Pair[int]
except TypeError as ex: print(ex)
def f(a: int, b: 'str' = 'x', *, c: Optional[List[int]] = None) -> Dict[str, int]: ...
print(get_type_hints(f))
print(f.__annotations__)
class HasHints:
    a: int
    b: 'Optional[str]'
    c: ClassVar = 1 if False else None
print(get_type_hints(HasHints))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x * 2
print(g(2), g('a'), cast(int, 'not int'), cast('List[int]', 5))
print(Optional[int], Union[int, str], Union[int, None], Union[int], Any, List[int], Dict[str, List[int]], Callable[[int, str], bool], Callable[..., int], Literal['a', 1], Final[int])
print(get_args(Dict[str, int]), get_origin(List[int]), get_args(Callable[[int], str]), get_origin(Union[int, str]), int | str, get_args(int | None))
print(typing.TYPE_CHECKING, Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
def gen() -> Iterator[int]: yield 1
print(get_type_hints(gen))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__)
class Node(NamedTuple):
    val: int
    nxt: 'Optional[Node]' = None
print(Node(1, Node(2)))
UserId = typing.NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
