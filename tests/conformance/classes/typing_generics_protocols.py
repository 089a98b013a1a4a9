import typing
from typing import Protocol, runtime_checkable, Generic, TypeVar, Iterable, Iterator, Sequence, Mapping, Any
T = TypeVar('T')
@runtime_checkable
class SupportsArea(Protocol):
    def area(self) -> float: ...
@runtime_checkable
class Named(Protocol):
    name: str
class Sq:
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Tag:
    name = 'tag'
print(isinstance(Sq(2), SupportsArea), isinstance(Tag(), SupportsArea), isinstance(Tag(), Named), isinstance(Sq(1), Named))
def total(shapes: Iterable[SupportsArea]) -> float: return sum(s.area() for s in shapes)
print(total([Sq(1), Sq(2)]))
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
    def __repr__(self): return f'Box({self.item!r})'
class IntBox(Box[int]): pass
print(Box(1), IntBox(2).get(), IntBox.__orig_bases__, IntBox.__mro__[1:3] if False else IntBox.__bases__, Box[str].__origin__ is Box)
print(typing.get_type_hints(Box.get), Box.__parameters__, IntBox.__parameters__)
class Pair(Generic[T]):
    first: T
    second: T
print(typing.get_type_hints(Pair))
K = TypeVar('K'); V = TypeVar('V')
class Registry(Generic[K, V]):
    def __init__(self): self._d: dict[K, V] = {}
    def __setitem__(self, k: K, v: V): self._d[k] = v
    def __getitem__(self, k: K) -> V: return self._d[k]
r = Registry[str, int](); r['a'] = 1; print(r['a'], type(r).__name__, Registry[str, int])
try: Generic[T]()
except TypeError as e: print(e)
try:
    class Bad(Generic[int]): pass
except TypeError as e: print(e)
print(typing.Sequence[int], typing.Mapping[str, Any], typing.Iterator[int], typing.Tuple[int, ...], typing.Type[int], typing.Set[str], typing.FrozenSet[int])
print(isinstance([], typing.Sequence), isinstance({}, typing.Mapping), issubclass(list, typing.Iterable))
try: isinstance([], typing.List[int])
except TypeError as e: print(e)
print(typing.Optional[typing.List[int]], typing.Union[int, typing.Union[str, float]], typing.Union[int, int])
def f(x: typing.Annotated[int, 'meta']) -> None: pass
print(typing.get_type_hints(f), typing.get_type_hints(f, include_extras=True))
print(typing.Literal[1, 2] == typing.Literal[2, 1], typing.get_args(typing.Literal['a', 'b']))
Alias = typing.Dict[str, typing.List[int]]
print(Alias, typing.get_origin(Alias), typing.get_args(Alias))
class TD(typing.TypedDict):
    a: int
    b: typing.NotRequired[str] if hasattr(typing, 'NotRequired') else str
print(TD.__required_keys__, TD.__optional_keys__)
print(typing.ClassVar[int], typing.Final, typing.Any, typing.NoReturn, typing.Callable)
@typing.final
class Fin: pass
print(Fin.__final__ if hasattr(Fin, '__final__') else 'no attr')
print(typing.assert_type(5, int) if hasattr(typing, 'assert_type') else 5, typing.reveal_type if False else '')
print(repr(T), T.__name__, typing.TypeVar('C', int, str).__constraints__, typing.TypeVar('CO', covariant=True))
print(typing.AnyStr, typing.Text, typing.Hashable, typing.Sized)
