from collections import OrderedDict, Counter, defaultdict, UserList, UserString
from functools import singledispatchmethod, partialmethod, cached_property, total_ordering
from dataclasses import dataclass, field
from enum import Enum, auto
import operator
class LRU(OrderedDict):
    def __init__(self, cap, *a, **k):
        self.cap = cap
        super().__init__(*a, **k)
    def __getitem__(self, key):
        v = super().__getitem__(key)
        self.move_to_end(key)
        return v
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]
c = LRU(3)
for k in 'abcd': c[k] = ord(k)
c['b']; c['e'] = 1
print(c, list(c.keys()), c.copy() if False else '')
class WordCounter(Counter):
    def top(self, n=2):
        return [w for w, _ in self.most_common(n)]
    def __missing__(self, key):
        return -1
wc = WordCounter("a b a c a b".split())
print(wc.top(), wc['zz'], wc + WordCounter(['a']), type(wc + wc).__name__, repr(wc))
class Registry(dict):
    def __missing__(self, key):
        v = self[key] = f"auto-{key}"
        return v
r = Registry(); print(r['x'], r, r.get('y'), len(r))
class Shape:
    @singledispatchmethod
    def area(self, arg):
        raise NotImplementedError(type(arg).__name__)
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register
    def _(self, arg: tuple):
        return operator.mul(*arg)
s = Shape(); print(s.area(3), s.area((2, 5)))
try:
    s.area('x')
except NotImplementedError as e:
    print('NIE', e)
class Cell:
    def __init__(self): self.state = None
    def set_state(self, state): self.state = state
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
cl = Cell(); cl.set_alive(); print(cl.state); cl.set_dead(); print(cl.state)
class Level(Enum):
    LOW = auto(); MID = auto(); HIGH = auto()
    @classmethod
    def parse(cls, s): return cls[s.upper()]
    def __lt__(self, other): return self.value < other.value
    def describe(self): return f"{self.name.title()}({self.value})"
print(Level.parse('mid'), sorted([Level.HIGH, Level.LOW]), Level.HIGH.describe(), max(Level))
@dataclass
class Base:
    id: int
    name: str = 'base'
@dataclass
class Derived(Base):
    extra: list = field(default_factory=lambda: [1])
    name: str = 'derived'
print(Derived(1), Derived(2, 'n', [3]), Derived.__match_args__)
@dataclass(slots=True)
class Slotted:
    a: int
    b: int = 2
sl = Slotted(1); print(sl, Slotted.__slots__, hasattr(sl, '__dict__'))
try:
    sl.c = 3
except AttributeError as e:
    print('AttributeError', e)
class Stack(UserList):
    def push(self, x): self.append(x)
st = Stack([1, 2]); st.push(3); print(st, st[1:], type(st[1:]).__name__, st + [4], st.pop())
class Up(UserString):
    def shout(self): return self.upper() + '!'
u = Up('hey'); print(u.shout(), u + 'x', type(u + 'x').__name__, u[1:], len(u), u == 'hey')
match Derived(5, extra=[9]):
    case Derived(id=5, extra=[x]):
        print('matched', x)
class Temperature:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @cached_property
    def kelvin(self): return self._c + 273.15
t = Temperature(100); print(t.f); t.f = 32; print(t._c, t.kelvin)
print(operator.call(max, 1, 5) if hasattr(operator, 'call') else 'nocall')
