# dataclasses: the reprs of Field, the class parameters and InitVar; make_dataclass field
# specs (names only, pairs, triples) and its errors.
import dataclasses
from dataclasses import InitVar, dataclass, field, fields, make_dataclass
from typing import ClassVar, List


@dataclass(order=True, unsafe_hash=True)
class Item:
    name: str
    qty: int = 0
    tags: List[str] = field(default_factory=list, repr=False, metadata={"unit": "pcs"})
    note: str = field(default="", compare=False, hash=False, kw_only=True)
    scale: InitVar[float] = 1.0
    count: ClassVar[int] = 0


def show(obj):
    # MISSING's repr holds an address.
    return repr(obj).replace(repr(dataclasses.MISSING), "MISSING")


for f in fields(Item):
    print(show(f))
print(show(Item.__dataclass_fields__["scale"]))
print(show(Item.__dataclass_fields__["count"]))
print(Item.__dataclass_params__)


@dataclass(frozen=True, eq=False, repr=False, init=False)
class Other:
    pass


print(Other.__dataclass_params__)
print(show(field()))
print(show(field(default=3, init=False, metadata={})))
for x in (InitVar[int], InitVar[List[int]], InitVar("str"), InitVar[None], InitVar(3)):
    print(repr(x), type(x).__name__)
print(InitVar[int].type is int)

P = make_dataclass("P", ["a", ("b", int), ("c", list, field(default_factory=list)),
                         ("d", str, "dflt")], namespace={"double": lambda self: self.b * 2},
                   frozen=True)
p = P(1, 2)
print(p, p.double(), P.__annotations__, P.__module__, P.d)
for f in fields(P):
    print(f.name, f.type, show(f.default), show(f.default_factory))
Q = make_dataclass("Q", [], bases=(P,), order=True, frozen=True)
print(Q(0, 1) < Q(0, 2), Q.__mro__[1].__name__)
for spec in ([("x", int, 1, 2)], [("x",)], [5], [("1x", int)], ["for"], ["a", "a"],
             [(3, int)], ["ok", ("ok", str)], [("", int)]):
    try:
        make_dataclass("Bad", spec)
        print("accepted", spec)
    except TypeError as e:
        print("TypeError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)
