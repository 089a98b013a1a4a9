# typing at run time: Concatenate, ParamSpec parts, Any, Union checks, alias calls,
# dataclass_transform and the Supports* protocols.
from typing import (Any, Callable, Concatenate, Dict, List, Optional, ParamSpec,
                    SupportsAbs, SupportsBytes, SupportsComplex, SupportsFloat, SupportsIndex,
                    SupportsInt, SupportsRound, TypeVar, Union, dataclass_transform, get_args,
                    get_origin)

def show(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__, e)

P = ParamSpec("P")
Q = ParamSpec("Q")
R = TypeVar("R")

c = Concatenate[int, str, P]
print(c, get_args(c), get_origin(c) is Concatenate)
print(Concatenate[int, ...], Callable[Concatenate[int, P], R])
print(Concatenate[P])
show("empty", lambda: Concatenate[()])
show("no paramspec", lambda: Concatenate[int, str])
show("single type", lambda: Concatenate[int])
show("bad arg", lambda: Concatenate[1, P])
print(Concatenate[int, P] == Concatenate[int, P], Concatenate[int, P] == Concatenate[str, P])

print(P.args, P.kwargs, repr(P.args), repr(Q.kwargs))
print(P.args == P.args, P.args == Q.args, P.args == P.kwargs, P.args != Q.args)
print(type(P.args).__name__, type(P.kwargs).__name__, P.args.__origin__ is P)
show("hash args", lambda: hash(P.args))
show("hash kwargs", lambda: hash(P.kwargs))
print(P.args == "P.args", P, repr(P), P.__name__)

def outer(f: Callable[P, R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        return f(*args, **kwargs)
    return inner
print(outer(lambda a, b=2: a + b)(1, b=5))
print(sorted(k for k in outer.__annotations__))

print(Any, repr(Any))
show("isinstance Any", lambda: isinstance(1, Any))
show("Any()", lambda: Any())

class Anything(Any):
    pass

print(repr(Anything).replace(__name__, "M"), isinstance(Anything(), Anything), isinstance(3, Anything))
print(issubclass(Anything, Any), Anything.__mro__[1] is Any)

U = Union[int, str]
print(isinstance(3, U), isinstance("x", U), isinstance(3.0, U), issubclass(bool, U))
print(isinstance(None, Optional[int]), isinstance(2.5, Union[int, float, None]))
show("isinstance List[int]", lambda: isinstance([], Union[int, List[int]]))
print(issubclass(int, Union[str, bytes]), U == Union[str, int], U == Union[int, str, int])

show("List[int]()", lambda: List[int]([3, 1, 2]))
show("Dict[str, int]()", lambda: Dict[str, int](a=1))
show("List()", lambda: List())

T = TypeVar("T")

class Box:
    def __init__(self, v=None):
        self.v = v

from typing import Generic

class GBox(Generic[T]):
    def __init__(self, v):
        self.v = v

b = GBox[int](5)
print(b.v, b.__orig_class__, type(b).__name__)

class Slotted(Generic[T]):
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v

s = Slotted[str]("x")
print(s.v, hasattr(s, "__orig_class__"))

@dataclass_transform()
def model(cls):
    return cls

print(sorted(model.__dataclass_transform__.items()))

@dataclass_transform(kw_only_default=True, field_specifiers=(int,), frozen_default=True)
class Base:
    pass

print(sorted((k, v) for k, v in Base.__dataclass_transform__.items()))

class Num:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __abs__(self): return 1
    def __round__(self, n=0): return 2
    def __index__(self): return 7

for proto in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
              SupportsAbs, SupportsRound):
    print(proto.__name__, isinstance(Num(), proto), isinstance(3, proto), isinstance(2.5, proto),
          issubclass(str, proto), issubclass(Num, proto))
print(SupportsAbs[int], SupportsRound[float])
show("instantiate", lambda: SupportsInt())
