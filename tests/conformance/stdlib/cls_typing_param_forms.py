# ParamSpec, Concatenate, TypeVarTuple/Unpack, Required/NotRequired, the Supports* protocols,
# IO classes, overload registry, dataclass_transform and list[T] substitution.
import typing
from typing import (ParamSpec, Concatenate, TypeVarTuple, Unpack, TypeVar, Callable, Generic,
                    Tuple, TypedDict, Required, NotRequired, get_args, get_type_hints,
                    overload, get_overloads, clear_overloads, dataclass_transform,
                    is_typeddict, List, Optional, Union)

P = ParamSpec("P")
R = TypeVar("R")
Ts = TypeVarTuple("Ts")


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(P, P.__name__, P.args, P.kwargs, type(P.args).__name__, P.args.__origin__ is P)
print(P.args == P.args, P.kwargs == P.kwargs, isinstance(P, TypeVar))
attempt("hash(P.args)", lambda: hash(P.args))
print(ParamSpec("Q", bound=int).__bound__, repr(ParamSpec("C", covariant=True)))
print(Callable[P, R], Callable[P, R].__args__, get_args(Callable[P, R]))
print(Callable[Concatenate[int, P], R], get_args(Callable[Concatenate[int, P], R]))
print(Concatenate[int, P].__args__, Concatenate[int, ...])
attempt("Concatenate[int]", lambda: Concatenate[int])
attempt("Concatenate[()]", lambda: Concatenate[()])
print(Union[P, int], Callable[[int, str], bool], get_args(Callable[[int, str], bool]))


class Decorator(Generic[P, R]):
    pass


print(Decorator.__parameters__, Decorator[[int, str], bool], Decorator[..., bool])

print(Ts, Ts.__name__, Unpack[Ts], [*Ts], Tuple[int, Unpack[Ts]])


class Array(Generic[Unpack[Ts]]):
    pass


print(Array.__parameters__, Array[int, str], Array[()] if False else "-")

print(Required[int], NotRequired[str], Required)
attempt("Required[int, str]", lambda: Required[int, str])


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int


class Book(TypedDict):
    title: str
    isbn: NotRequired[str]


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Book.__required_keys__), sorted(Book.__optional_keys__))
print(get_type_hints(Book))
print(get_type_hints(Book, include_extras=True))
print(is_typeddict(Book), is_typeddict(dict), is_typeddict(Movie(title="x")))

# The one-method protocols.
print(typing.SupportsInt, typing.SupportsAbs[int], typing.SupportsRound[float])
for value in (3, 2.5, "s", b"b", True):
    print(repr(value), [name for name in ("SupportsInt", "SupportsFloat", "SupportsComplex",
                                           "SupportsIndex", "SupportsAbs", "SupportsRound")
                        if isinstance(value, getattr(typing, name))])

# The IO classes and the re aliases.
print(typing.IO, typing.IO[str], typing.TextIO, typing.BinaryIO, typing.TextIO.__mro__)
print(typing.Pattern, typing.Match, typing.Pattern[str], typing.ByteString)
print(typing.AsyncContextManager[int], isinstance(b"x", typing.ByteString))


# The overload registry.
@overload
def area(r: int) -> int: ...
@overload
def area(r: float) -> float: ...
def area(r):
    return r * r


print(len(get_overloads(area)), [f.__name__ for f in get_overloads(area)], area(3))
attempt("calling an overload", lambda: get_overloads(area)[0](2))
clear_overloads()
print(get_overloads(area))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
class ModelBase:
    pass


print(ModelBase.__dataclass_transform__)

# Built-in generic aliases substitute their type variables.
T = TypeVar("T")
U = TypeVar("U")
print(list[T].__parameters__, list[T][int], dict[str, T][int], dict[T, list[T]][int])
print(tuple[T, ...][str], list[List[T]][int], dict[T, U].__parameters__)
attempt("list[T][int, str]", lambda: list[T][int, str])
attempt("dict[T, U][int]", lambda: dict[T, U][int])
attempt("list[int][str]", lambda: list[int][str])
print(list[T] == list[T], list[T] | None)

# Aliases are cached, name their origin, and substitute nested type variables.


class Box(Generic[T]):
    default = 5

    def __init__(self, v=None):
        self.v = v

    @classmethod
    def make(cls, v):
        return cls(v)


print(Box[int] is Box[int], List[int] is List[int], Box[int] is Box[str], List[1] is List[True])
print(Box[int].__name__, Box[int].__qualname__, Box[int].__module__, List[int].__name__,
      List.__name__, List[int].__module__, typing.Dict.__qualname__)
print(Box[int].default, Box[int].make(3).v, Box[int]().__orig_class__)
print(Box[List[T]][int], typing.Dict[str, T][int], Callable[[T], T][int], Optional[T][str])
print(Union[T, List[T]].__parameters__, typing.Tuple[T, ...][int], Box[Box[int]])
attempt("Box[int].__doc__", lambda: Box[int].__doc__)
attempt("Box[int].missing", lambda: Box[int].missing)
