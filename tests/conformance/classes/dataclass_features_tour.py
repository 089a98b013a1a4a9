from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, KW_ONLY, is_dataclass, FrozenInstanceError, make_dataclass
from typing import List, Optional, ClassVar
@dataclass
class Inv:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: int = field(default=1, repr=False, compare=False)
    total: ClassVar[int] = 0
    def __post_init__(self):
        Inv.total += 1
i = Inv('a', 1.5); j = Inv('a', 1.5, count=7)
print(i, i == j, Inv.total, fields(Inv)[2].name, [f.name for f in fields(i)])
print(asdict(i), astuple(j), replace(i, name='b'))
print(Inv.__init__.__doc__ if False else '', Inv.__match_args__, is_dataclass(i), is_dataclass(Inv), is_dataclass(1))
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print('Frozen', e)
try:
    del p.y
except FrozenInstanceError as e:
    print('Frozen', e)
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), P(1) < P(1, 1), hash(p) == hash(P(1, 2)), {p, P(1, 2)})
try:
    P(1) < (1, 0)
except TypeError as e:
    print(e)
@dataclass
class C:
    a: int
    b: InitVar[int] = 3
    c: int = field(init=False)
    def __post_init__(self, b):
        self.c = self.a * b
print(C(2), C(2, 5), fields(C)[-1].name)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(K(1, c=5), K(1))
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class KO:
    x: int
    y: int = 0
print(KO(x=1))
try:
    KO(1)
except TypeError as e: print(e)
@dataclass(slots=True)
class Sl:
    a: int
    b: str = 'x'
s = Sl(1)
print(s, Sl.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError as e: print(e)
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(e)
try:
    Inv()
except TypeError as e:
    print(e)
Pt = make_dataclass('Pt', ['x', ('y', int), ('z', int, field(default=0))], namespace={'norm': lambda s: s.x + s.y})
print(Pt(1, 2), Pt(1, 2).norm())
@dataclass(eq=False)
class NE:
    v: int
print(NE(1) == NE(1), NE(1).__eq__(NE(1)))
@dataclass(repr=False)
class NR:
    v: int
print(repr(NR(1)).startswith('<__main__.NR object'))
@dataclass
class Nested:
    inner: Inv
    items: dict
n = Nested(Inv('q'), {'k': [Inv('r', 2.0)]})
print(asdict(n))
print(astuple(n))
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, default=None)
print(hash(UH(1)) == hash(UH(1, [2])))
@dataclass
class WithProp:
    _v: int = 0
    @property
    def v(self): return self._v
print(WithProp(4).v, WithProp())
@dataclass
class Tree:
    val: int
    kids: 'list[Tree]' = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(fields(Tree)[1].type, Tree.__annotations__)
f = fields(Inv)[1]
print(f.name, f.type, f.default, f.init, f.repr, f.compare, f.hash, f.kw_only)
print(repr(field(default=1))[:30])
