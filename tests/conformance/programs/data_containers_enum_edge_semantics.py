from collections import Counter, deque, namedtuple, OrderedDict, defaultdict
from itertools import groupby, tee, islice
from enum import Enum, IntEnum, IntFlag, Flag, auto
import heapq
c = Counter(a=3, b=1, c=3, d=-2, e=0)
print(c, repr(c), c.most_common(), list(c.elements()), +c, -c)
print(Counter('abc') == Counter('cba'), Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NIE', e)
c2 = Counter(); c2 += Counter(x=2); c2 -= Counter(x=5); print(c2, Counter(x=1) | Counter(x=-1))
print(Counter({'b': 2, 'a': 2, 'c': 1}).most_common(2), str(Counter()), Counter('hello').total())
d = deque([1, 2, 3], maxlen=4)
print(repr(d), d == deque([1, 2, 3]), d < deque([1, 3]), d + deque([9]), 2 in d)
d += [4, 5]; print(d); d *= 2; print(d)
try:
    d[1:2]
except TypeError as e:
    print('TypeError', e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print('ValueError', e)
d.clear(); print(d, bool(d), deque('ab', 0), deque(maxlen=None))
P = namedtuple('P', 'x y z', defaults=(0, 1))
print(P(5), P._field_defaults, P.__doc__, P(1, 2, 3)._asdict(), P.x.__doc__)
od = OrderedDict(b=1, a=2)
print(od, repr(OrderedDict()), list(reversed(od.items())), od == {'a': 2, 'b': 1}, OrderedDict(od) == od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
dd = defaultdict(int, a=1); dd['b']; print(dd, dict(dd), repr(defaultdict(None)))
try:
    defaultdict(None)['x']
except KeyError as e:
    print('KeyError', e)
gb = groupby('aabbbc')
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
it = iter(range(5)); a, b = tee(it, 2); print(list(islice(a, 2)), list(b), list(a))
class Color(IntEnum):
    RED = 1
    GREEN = 2
class Perm(IntFlag):
    R = 4; W = 2; X = 1
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Color.RED, str(Color.RED), repr(Color.RED), f"{Color.RED}", format(Color.RED, '>5'), Color.RED + 1, Color(2).name)
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), str(Perm(7)), Perm(0), repr(Perm(0)), Perm.R & 6, Perm(5).name, list(Perm(7)), f"{Perm.X}", Perm(8) if False else '')
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__.keys(), Shape('circle'), Shape(1))
try:
    Shape(99)
except ValueError as e:
    print('ValueError', e)
try:
    Shape('nope')
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
class Weekday(Flag):
    MON = auto(); TUE = auto(); WED = auto()
    WEEKEND_FREE = 0
print(Weekday.MON | Weekday.WED, Weekday(3), ~Weekday.MON, Weekday.MON in Weekday(3), len(Weekday), list(Weekday))
print(sorted(Shape, key=lambda s: s.value), Shape.SQUARE < Shape.CIRCLE if hasattr(Shape, '__lt__') and False else 'nolt')
try:
    Shape.SQUARE < Shape.CIRCLE
except TypeError as e:
    print('TypeError', e)
h = [(1, {'a': 1}), (1, {'b': 2})]
try:
    heapq.heapify(h); heapq.heappush(h, (1, {'c': 3}))
except TypeError as e:
    print('TypeError', e)
print(hash(Color.RED) == hash(1), {Color.RED: 'r'}[1], Color.RED == 1, Shape.SQUARE == 2, isinstance(Color.RED, int))
