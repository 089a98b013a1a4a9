# copy of bound methods, slices and __getnewargs_ex__ objects; singledispatch on union
# annotations; the functional Enum API's module, qualname and boundary.
import copy
import functools
from enum import Enum, IntEnum, Flag, STRICT, CONFORM, auto
from typing import Union, List


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Counter:
    def __init__(self):
        self.hits = [0]

    def hit(self):
        self.hits[0] += 1
        return self.hits[0]


c = Counter()
shallow = copy.copy(c.hit)
deep = copy.deepcopy(c.hit)
print(shallow.__self__ is c, shallow(), c.hits, deep.__self__ is c, deep(), c.hits)
print(copy.deepcopy(slice(1, 5, 2)), copy.copy(slice(None)), copy.deepcopy([slice(0, 1)]))


class Account:
    def __new__(cls, owner, *, currency):
        self = super().__new__(cls)
        self.owner = owner
        self.currency = currency
        return self

    def __getnewargs_ex__(self):
        return (self.owner,), {"currency": self.currency}


a = Account(["ann"], currency="EUR")
b = copy.deepcopy(a)
print(vars(b), b.owner is a.owner, vars(copy.copy(a)), copy.copy(a).owner is a.owner)


@functools.singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int | float):
    return f"number {x}"


@describe.register
def _(x: Union[list, tuple]):
    return f"sequence of {len(x)}"


@describe.register(str)
def _(x):
    return f"text {x!r}"


print([describe(v) for v in (1, 2.5, True, [1, 2], (3,), "s", None, {})])
print(sorted(t.__name__ for t in describe.registry))
attempt("register List[int]", lambda: describe.register(List[int], lambda x: 0))


def bad_annotation():
    @describe.register
    def _(x: List[int]):
        return 0


def bad_union():
    @describe.register
    def _(x: Union[int, List[int]]):
        return 0


attempt("annotated with List[int]", bad_annotation)
attempt("union with List[int]", bad_union)

Animal = Enum("Animal", "ANT BEE CAT")
Level = IntEnum("Level", [("LOW", 1), ("HIGH", 9)], module="levels", qualname="Config.Level")
Perm = Flag("Perm", "R W X", boundary=STRICT)
Soft = Flag("Soft", "R W X", boundary=CONFORM)
print(Animal.__module__, Animal.__qualname__, list(Animal))
print(Level.__module__, Level.__qualname__, Level.HIGH, repr(Level.LOW))
print(list(Perm), Perm._boundary_, Soft(15), repr(Soft(9)))
attempt("Perm(9)", lambda: Perm(9))

# auto() after a value it cannot add 1 to falls back to the last value that can.


class Mixed(Enum):
    A = auto()
    B = (1, 2)
    C = auto()
    D = "text"
    E = auto()


print([(m.name, m.value) for m in Mixed])


class Custom(Enum):
    def __new__(cls, *args):
        obj = object.__new__(cls)
        obj._value_ = len(cls.__members__) + 1
        return obj

    def __init__(self, label, weight):
        self.label = label
        self.weight = weight

    LIGHT = ("l", 1)
    HEAVY = ("h", 9)


print([(m.name, m.value, m.label, m.weight) for m in Custom], Custom(2))
