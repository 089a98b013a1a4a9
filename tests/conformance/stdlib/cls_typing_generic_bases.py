# Generic[T] and Protocol[T] as bases: the MRO, __orig_bases__, __parameters__ and the
# errors CPython gives for bad generic class definitions.
import sys
import typing
from typing import (Generic, TypeVar, Protocol, List, Dict, Iterable, Optional, Union,
                    Annotated, ClassVar, Final, Callable, runtime_checkable, get_origin,
                    get_args, get_type_hints)

T = TypeVar("T")
U = TypeVar("U")
K = TypeVar("K", bound=int)


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


print(Stack.__mro__)
print(Stack.__bases__, Stack.__orig_bases__, Stack.__parameters__)
s = Stack[int]()
s.push(3)
print(s.pop(), s.__orig_class__, type(s).__name__)


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__, IntStack.__parameters__, IntStack.__orig_bases__)


class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U):
        self.a, self.b = a, b


class HalfPair(Pair[int, U]):
    pass


print(Pair.__parameters__, HalfPair.__parameters__, HalfPair[str])
print(Pair[int, str], Pair[int, str] == Pair[int, str], Pair[int, str].__origin__ is Pair)
print(get_origin(Pair[int, str]), get_args(Pair[int, str]), get_origin(Generic[T]))
print(Generic[T], Protocol[T, U], repr(Generic[K]))


class Plain(Pair):
    pass


print(Plain.__parameters__)


class MyDict(Dict[str, T]):
    pass


print(MyDict.__mro__, MyDict.__parameters__, MyDict[int])


class Numbers(Iterable[T]):
    def __iter__(self):
        return iter([1, 2])


print(Numbers.__mro__, list(Numbers()))

attempt("type() with a generic base", lambda: type("X", (Generic[T],), {}))


def twice():
    class X(Generic[T], Generic[U]):
        pass


def unlisted():
    class X(List[T], Generic[U]):
        pass


def plain_generic():
    class X(Generic):
        pass


def proto_from_dict():
    class X(Protocol[T], Dict[T, U]):
        pass


attempt("Generic twice", twice)
attempt("unlisted type variable", unlisted)
attempt("plain Generic", plain_generic)
attempt("protocol from dict", proto_from_dict)
attempt("Generic[int]", lambda: Generic[int])
attempt("Generic[T, T]", lambda: Generic[T, T])
attempt("Generic[()]", lambda: Generic[()])
attempt("Pair[int]", lambda: Pair[int])
attempt("Plain[int]", lambda: Plain[int])
attempt("Stack[int, str]", lambda: Stack[int, str])


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class SupportsGet(Protocol[T]):
    def get(self) -> T: ...


class Both(SupportsGet[int], Protocol):
    pass


class File:
    def close(self):
        pass


print(SupportsGet.__parameters__, SupportsGet.__bases__, SupportsGet.__orig_bases__)
print(Both.__parameters__, Both.__bases__, Both._is_protocol)
print(isinstance(File(), Closeable), isinstance(3, Closeable), issubclass(File, Closeable))
attempt("instantiate protocol", lambda: Closeable())
attempt("isinstance non-runtime", lambda: isinstance(3, SupportsGet))

# Unions check instances; subscripted generics refuse.
print(isinstance(3, Union[int, str]), isinstance(None, Optional[int]), isinstance(2.5, Union[int, str]))
print(issubclass(bool, Union[int, str]))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("isinstance Union with List[int]", lambda: isinstance("x", Union[int, List[int]]))

# Arguments that are not types.
attempt("List[ClassVar[int]]", lambda: List[ClassVar[int]])
attempt("List[Union]", lambda: List[Union])
attempt("List[Generic]", lambda: List[Generic])
attempt("List[Final[int]]", lambda: List[Final[int]])
attempt("List[(int, str)]", lambda: List[(int, str)])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("ClassVar[int, str]", lambda: ClassVar[int, str])
attempt("Callable[[int], 3]", lambda: Callable[[int], 3])
attempt("Callable[int, str]", lambda: Callable[int, str])
attempt("List[3]", lambda: List[3])

# Annotated is a class; its aliases flatten and compare by metadata.
print(Annotated, get_origin(Annotated[int, "a"]), get_args(Annotated[int, "a", 1]))
print(Annotated[Annotated[int, "a"], "b"])
print(Annotated[int, "a"] == Annotated[int, "a"], Annotated[int, "a"] == Annotated[int, "b"])
attempt("Annotated()", lambda: Annotated())
attempt("Annotated[int]", lambda: Annotated[int])


def f(x: Annotated[int, "meta"], y: "Optional[Annotated[str, 1]]" = None) -> None:
    pass


print(get_type_hints(f))
print(get_type_hints(f, include_extras=True))

# Special typing objects that cannot be subclassed, and Any, which can.
UserId = typing.NewType("UserId", int)


def sub_newtype():
    class Admin(UserId):
        pass


def sub_typevar():
    class MyVar(TypeVar):
        pass


def sub_union():
    class U(Union[int, str]):
        pass


def typed_dict_mixed():
    class Mixed(typing.TypedDict, int):
        pass


attempt("subclass a NewType", sub_newtype)
attempt("subclass TypeVar", sub_typevar)
attempt("subclass a Union", sub_union)
attempt("TypedDict with int base", typed_dict_mixed)


class Anything(typing.Any):
    def __init__(self, v):
        self.v = v


class Whatever(typing.Any):
    pass


print(typing.Any, type(typing.Any).__name__, isinstance(typing.Any, type), type(Whatever()).__name__)
attempt("Anything(3)", lambda: Anything(3))
print(Anything.__mro__)
attempt("Any()", lambda: typing.Any())
attempt("Any[int]", lambda: typing.Any[int])
attempt("isinstance(1, Any)", lambda: isinstance(1, typing.Any))
print(Union[int, typing.Any], List[typing.Any], Optional[typing.Any])

# Forward references remember the module of a TypedDict or NamedTuple.


class Movie(typing.TypedDict):
    title: "str"
    sequel: "Movie"


Row = typing.NamedTuple("Row", [("n", "int")])
print(Movie.__annotations__)
print(Row.__annotations__)
print(typing.ForwardRef("x") == typing.ForwardRef("x", module="m"), typing.ForwardRef("x"))
print(get_type_hints(Movie))
print(get_origin(List), get_origin(typing.Sequence) is get_origin(typing.Sequence[int]),
      get_origin(typing.Dict[str, int]), get_origin(int))
print(get_type_hints(typing) == {}, get_type_hints(sys.modules[__name__]))

# Runtime protocols: data members, methods blocked by None, issubclass limits.


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Person:
    name = "p"

    def greet(self):
        return "hi"


class Mute:
    def greet(self):
        return "..."


class Blocked:
    def close(self):
        pass


class Blocker(Blocked):
    close = None


class ImplementsCloseable(Closeable):
    pass


print(isinstance(Person(), Named), isinstance(Mute(), Named))
attempt("issubclass with data members", lambda: issubclass(Person, Named))
attempt("issubclass(3, Closeable)", lambda: issubclass(3, Closeable))
print(issubclass(Blocked, Closeable), issubclass(Blocker, Closeable), isinstance(Blocker(), Closeable))
print(isinstance(ImplementsCloseable(), Closeable), issubclass(ImplementsCloseable, Closeable))
print(issubclass(int, Closeable), isinstance(open(__file__), Closeable))
