from dataclasses import dataclass, field, fields, asdict, replace, InitVar, MISSING
import dataclasses
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1); n.children.append(n)
print(n)
@dataclass(frozen=True)
class FP:
    x: int
    def moved(self, dx): return replace(self, x=self.x + dx)
f = FP(1); print(f.moved(2), f, hash(f) == hash(FP(1)))
try: replace(f, y=2)
except TypeError as e: print(e)
@dataclass
class WithInitFalse:
    a: int
    b: int = field(init=False, default=10)
    c: list = field(init=False, default_factory=lambda: ['z'])
w = WithInitFalse(1); print(w, replace(w, a=5))
try: replace(w, b=3)
except ValueError as e: print(e)
@dataclass
class Base:
    x: int = 0
    def total(self): return sum(getattr(self, f.name) for f in fields(self))
@dataclass(frozen=True)
class FBase:
    x: int = 0
try:
    @dataclass
    class Mixed(FBase):
        y: int = 1
except TypeError as e: print(e)
try:
    @dataclass(frozen=True)
    class Mixed2(Base):
        y: int = 1
except TypeError as e: print(e)
@dataclass
class D3(Base):
    y: int = 2
    z: int = 3
print(D3(1).total(), D3.__init__.__qualname__ if False else '', [f.name for f in fields(D3)])
@dataclass(order=True)
class Card:
    sort_index: int = field(init=False, repr=False)
    rank: str
    suit: str
    def __post_init__(self): self.sort_index = '23456789TJQKA'.index(self.rank)
cards = [Card('K', 'h'), Card('2', 's'), Card('A', 'd'), Card('T', 'c')]
print(sorted(cards), max(cards))
@dataclass
class Cfg:
    name: str
    opts: dict = field(default_factory=dict, metadata={'doc': 'options'})
print(fields(Cfg)[1].metadata['doc'], fields(Cfg)[1].default is MISSING, fields(Cfg)[1].default_factory is dict)
print(dataclasses.is_dataclass(Cfg('a')), asdict(Cfg('a', {'k': [1, (2, 3)]})))
@dataclass
class Eqs:
    a: int
    def __eq__(self, o): return 'custom'
print(Eqs(1) == Eqs(1))
@dataclass
class WithRepr:
    a: int
    def __repr__(self): return 'mine'
print(WithRepr(1))
@dataclass(init=False)
class NoInit:
    a: int = 1
    def __init__(self, v): self.a = v * 2
print(NoInit(4))
@dataclass
class Defaults:
    a: int = 1
    b: str = 'x'
    c: tuple = (1, 2)
print(Defaults(), Defaults.a, Defaults.c, Defaults.__dataclass_fields__['b'].default)
@dataclass(match_args=False)
class NM:
    a: int
print(hasattr(NM, '__match_args__'))
@dataclass
class Pt:
    x: int; y: int
def where(p):
    match p:
        case Pt(0, 0): return 'origin'
        case Pt(x, 0): return f'x-axis {x}'
        case Pt(x=0, y=y): return f'y-axis {y}'
        case _: return 'elsewhere'
print([where(Pt(*c)) for c in [(0, 0), (3, 0), (0, 4), (1, 1)]])
@dataclass(slots=True, frozen=True)
class SF:
    a: int
    b: int = 2
sf = SF(1); print(sf, hash(sf) == hash(SF(1, 2)), SF.__slots__)
try: sf.a = 3
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
import copy
print(copy.copy(sf), copy.deepcopy(sf) == sf)
print(dataclasses.astuple(Pt(1, 2)), Pt(1, 2) == Pt(1, 2), Pt(1, 2) != Pt(2, 1), Pt.__eq__(Pt(1, 2), (1, 2)))
try: Pt(1, 2) < Pt(2, 3)
except TypeError as e: print(e)
print(Pt.__doc__)
print(Card.__doc__)
