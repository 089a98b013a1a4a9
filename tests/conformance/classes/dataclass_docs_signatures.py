"""Generated __init__ signatures and docstrings of dataclasses and namedtuples."""
import inspect
from collections import namedtuple
from dataclasses import KW_ONLY, InitVar, dataclass, field
from typing import List, NamedTuple, Optional


class Unit:
    pass


@dataclass
class Order:
    order_id: int
    customer: str
    items: List[str] = field(default_factory=list)
    discount: Optional[float] = None
    unit: Unit = None
    tags: list[str] = field(default_factory=list)
    note: "str" = ""
    scale: InitVar[int] = 1
    _: KW_ONLY
    priority: int = 0

    def __post_init__(self, scale):
        self.discount = (self.discount or 0) * scale


@dataclass(frozen=True)
class Coord:
    """A fixed point."""
    lat: float
    lon: float


@dataclass
class Single:
    value: int


@dataclass
class Hidden:
    shown: int
    cache: dict = field(default_factory=dict, init=False, repr=False)


print(Order.__doc__)
print(inspect.signature(Order))
print(Order.__init__.__annotations__["items"], Order.__init__.__annotations__["return"])
print(Coord.__doc__, "|", Single.__doc__, "|", Hidden.__doc__)
print(inspect.signature(Hidden), Order(1, "ann", discount=0.5, scale=2))

Pair = namedtuple("Pair", "left right")
Solo = namedtuple("Solo", "only")


class Version(NamedTuple):
    major: int


print(Pair.__doc__, "|", Solo.__doc__, "|", Version.__doc__, "|", Solo.__new__.__doc__)
print(Solo(1), Version(3), Solo._fields, Version._fields)
