# Slotted dataclasses: member descriptors, frozen copy/pickle; enum functional-API errors.
import dataclasses, pickle, copy, inspect, enum, types
@dataclasses.dataclass(slots=True)
class P:
    x: int
    y: int = 5
    z: list = dataclasses.field(default_factory=list)
p = P(1); print(p, P.__slots__, P.x, P.y, P(2, 3) == P(2, 3))
@dataclasses.dataclass(slots=True, frozen=True)
class F:
    a: int
f = F(1); print(f, hash(f) == hash(F(1)), copy.copy(f), copy.deepcopy(f))
try: f.a = 2
except dataclasses.FrozenInstanceError as e: print(e)
print(pickle.loads(pickle.dumps(p)), pickle.loads(pickle.dumps(f)))
class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
s = pickle.loads(pickle.dumps(S())); print(s.a, s.b)
print([n for n, _ in inspect.getmembers(S) if not n.startswith('__')])
print(sorted(k for k in dir(S) if not k.startswith('__')))
@dataclasses.dataclass
class Base:
    __slots__ = ('q',)
    q: int
print(Base(4), Base.q)
class WithSlotsSub(S):
    __slots__ = ('c',)
w = WithSlotsSub(); w.c = 3; print(w.a, w.c, WithSlotsSub.c, WithSlotsSub.a)
class Plain:
    pass
print(getattr(Plain, 'a', 'none'))
print(type(S.a) is types.MemberDescriptorType, callable(S.a))


class Color(enum.Enum):
    RED = 1
    GREEN = 2


for args in ((1, 2), ('Shade', 'DARK LIGHT')):
    try:
        Color(*args)
    except TypeError as e:
        print('TypeError:', e)
Shade = enum.Enum('Shade', 'DARK LIGHT')
print(list(Shade), Shade(2))
p.w = 1
