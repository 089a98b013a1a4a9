import pprint, json
from dataclasses import dataclass, field
from collections import OrderedDict, namedtuple
@dataclass
class Item:
    sku: str
    qty: int
    tags: list = field(default_factory=list)
items = [Item('A-%d' % i, i * 3, ['t%d' % j for j in range(i)]) for i in range(6)]
pprint.pprint(items)
pprint.pprint(items, width=50)
pp = pprint.PrettyPrinter(indent=4, width=60, depth=2)
pp.pprint({'items': [vars(i) for i in items], 'meta': {'n': 6, 'deep': {'x': {'y': 1}}}})
print(pprint.pformat('a long string with many words that must wrap somewhere ' * 3, width=40))
print(pprint.pformat(['short', 'a long string with many words that must wrap somewhere ' * 2], width=50))
print(pprint.pformat({'k': b'\x00\x01 binary data that is quite long indeed, longer than width' * 2}, width=40))
print(pprint.pformat(tuple(range(25)), width=20, compact=True))
print(pprint.pformat((1,)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}), pprint.pformat(set()), pprint.pformat(frozenset()))
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset('abc') if False else frozenset(range(20)), width=30))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}), pprint.pformat({3: 'c', 1: 'a', 2: 'b'}, sort_dicts=False))
print(pprint.pformat({'b': 1, 1: 'x', None: 0}))
r = [1, 2]; r.append(r); d = {'self': None}; d['self'] = d
print(pprint.isrecursive(d), pprint.isreadable(r))
print(pprint.pformat([[1, 2, [3, 4, [5, 6]]]] * 3, depth=2))
print(pprint.pformat(OrderedDict((str(i), list(range(i))) for i in range(8)), width=40))
NT = namedtuple('NT', 'alpha beta gamma')
print(pprint.pformat([NT(1, 'x' * 30, [1, 2, 3] * 5)], width=40))
print(pprint.pformat({'nested': [{'a': i, 'b': [i] * i} for i in range(5)]}, width=30, underscore_numbers=True))
print(pprint.pformat(10**12, underscore_numbers=True), pprint.pformat([1234567.0, 10**7], underscore_numbers=True))
pprint.pp({'z': 1, 'a': 2})
s = json.dumps([vars(i) for i in items[:3]], indent=2)
print(s)
print(json.loads(s, object_hook=lambda d: Item(**d)))
