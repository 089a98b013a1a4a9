import pprint
from collections import Counter, deque, defaultdict, OrderedDict, ChainMap, namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace, MappingProxyType
@dataclass
class Cfg:
    name: str
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    child: object = None
P = namedtuple('P', 'x y')
objs = [
    Cfg('root', list(range(25)), {'k' * i: i for i in range(1, 8)}, Cfg('leaf', ['a' * 30, 'b' * 30])),
    Counter('the quick brown fox jumps over the lazy dog'),
    deque(range(40), maxlen=50),
    defaultdict(list, {'alpha': list(range(12)), 'beta': ['x' * 20] * 3}),
    OrderedDict((f'key{i}', [i] * i) for i in range(8)),
    ChainMap({'a': 1, 'b': list(range(30))}, {'c': 3}),
    [P(1, 2), P('long string ' * 3, [1, 2, 3] * 5)],
    SimpleNamespace(a=1, b=list(range(30)), c='text ' * 10),
    MappingProxyType({'z': list(range(30))}),
    {'nested': {'deeper': {'deepest': [{'x': i, 'y': str(i) * 10} for i in range(4)]}}},
    ('a' * 50, 'b' * 50, ('c' * 40, 'd' * 40)),
    'a long string that will need to be wrapped because it is longer than the width ' * 2,
    b'bytes value that is quite long ' * 4,
    bytearray(b'x' * 90),
    {frozenset({1, 2}): 'fs', (1, 2): [set(range(15))]},
    [[i * j for j in range(12)] for i in range(6)],
]
for width in (80, 40, 20):
    for o in objs:
        print(pprint.pformat(o, width=width))
    print('-' * width)
print(pprint.pformat(objs[0], depth=2), pprint.pformat(objs[9], depth=3, compact=True))
print(pprint.pformat(objs[15], compact=True, width=30))
print(pprint.pformat({'b': 1, 'a': [3, 2]}, sort_dicts=False, underscore_numbers=True), pprint.pformat(10**12, underscore_numbers=True), pprint.pformat([10**8, 1.5e10], underscore_numbers=True))
