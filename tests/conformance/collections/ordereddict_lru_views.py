# OrderedDict as an LRU cache, its views' set operations, and its neighbours' views.
from collections import OrderedDict
class LRU:
    def __init__(self, cap): self.cap = cap; self.d = OrderedDict()
    def get(self, k):
        if k not in self.d: return -1
        self.d.move_to_end(k); return self.d[k]
    def put(self, k, v):
        self.d[k] = v; self.d.move_to_end(k)
        if len(self.d) > self.cap: self.d.popitem(last=False)
c = LRU(3)
for i in range(10): c.put(i % 5, i); c.get((i * 3) % 5)
print(c.d, list(c.d.items()), dict(c.d), sorted(c.d.values()))
od = OrderedDict(zip('abc', range(3)))
for k, v in od.items(): print(k, v, end='; ')
print()
print(list(zip(od, od.values())), list(enumerate(reversed(od.items()))))
it = iter(od); print(next(it), list(it), type(it).__name__)
od2 = OrderedDict(od); od2['a'] = 10; print(od2, od2.keys() - {'a'}, {'a'} | od2.keys(), od.keys() == od2.keys(), od.items() == od2.items())
print(od.keys() <= {'a','b','c','d'}, od.items() & {('a', 0)}, od.values().__class__.__name__)
try: next(iter(OrderedDict()))
except StopIteration: print("stop")
d = OrderedDict(); d['x'] = 1; it = iter(d); d['x'] = 2; print(list(it))
it = iter(d.values()); d.clear()
try: next(it)
except Exception as e: print(type(e).__name__, e)
print(OrderedDict(sorted({'b': 2, 'a': 1}.items(), key=lambda t: t[0])))
from collections import Counter, defaultdict
dd = defaultdict(list); dd['a'].append(1); print(dd, dd.keys(), type(iter(dd)).__name__, list(reversed(dd)))
print(Counter('abca').most_common(2), list(reversed(Counter('ab'))))

# The abstract base classes recognise the OrderedDict views and the newer iterator types.
from collections.abc import KeysView, ItemsView, ValuesView, Iterator, Reversible, Sized, MutableMapping
print(isinstance(OrderedDict().keys(), KeysView), isinstance(OrderedDict().items(), ItemsView),
      isinstance(OrderedDict().values(), ValuesView), isinstance(OrderedDict().keys(), Sized))
print(isinstance(iter(OrderedDict()), Iterator), isinstance(reversed({}), Iterator),
      isinstance(reversed({}.items()), Iterator), isinstance(iter(range(2**70)), Iterator))
print(isinstance(OrderedDict().values(), Reversible), isinstance(OrderedDict(), MutableMapping))
