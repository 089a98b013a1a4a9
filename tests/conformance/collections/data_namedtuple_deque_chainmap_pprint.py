from collections import Counter, defaultdict, OrderedDict, ChainMap, deque, namedtuple, UserDict, UserList, UserString
import pprint
P = namedtuple('P', 'x y z', defaults=[0])
p = P(1, 2)
print(p, p._replace(x=5), p._asdict(), P._fields, P._field_defaults, P.__doc__, P.x.__doc__)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p._replace(w=1)
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', 'a def')
except ValueError as e:
    print(e)
try:
    namedtuple('Bad', '_a')
except ValueError as e:
    print(e)
print(namedtuple('R', 'a def _b', rename=True)._fields, P._make([7, 8, 9]), P(*range(3)) == (0, 1, 2))
try:
    P._make([1])
except TypeError as e:
    print(e)
Q = namedtuple('Q', ['a', 'b'], module='mymod')
print(Q.__module__, repr(Q(1, [2])), Q(1, 2) + (3,), type(Q(1,2)*2))
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return abs(self.x) + abs(self.y)
    def __str__(self): return f'<{self.x},{self.y}>'
print(Pt(3, -4).norm, Pt(1, 2), repr(Pt(1, 2)))
d = deque(range(5), maxlen=3)
print(d, d.maxlen); d.append(9); d.appendleft(-1); print(d)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend('ab'); print(d); d.extendleft('xy'); print(d)
print(d.index('x'), d.count('y'), d[0], d[-1], len(d), 'a' in d, d * 2 if False else '', d.copy())
d2 = deque([1, 2, 3, 2])
d2.remove(2); print(d2); d2.insert(1, 'i'); print(d2); d2.reverse(); print(d2); del d2[0]; print(d2)
try:
    d2.remove(99)
except ValueError as e:
    print(e)
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
try:
    deque([1], maxlen=1).insert(0, 5)
except IndexError as e:
    print(e)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), repr(deque()), deque('ab', 0))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('e', last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(list(reversed(od)), list(reversed(od.items())), od | {'z': 1})
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KE', e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'c': 4}), cm.parents)
cm['b'] = 10; print(cm.maps)
try:
    del cm['x']
except KeyError as e:
    print('KE', e)
print(dict(cm), cm.get('zz', 'dflt'), 'b' in cm)
dd = defaultdict(lambda: 'N/A', {'k': 1})
print(dd["missing"], sorted(dd.items()), repr(defaultdict(list)), defaultdict(int, a=1) | {'b': 2})
dd2 = defaultdict(set); dd2['x'].add(1); print(dd2, dd2.default_factory)
try:
    defaultdict(None)['q']
except KeyError as e:
    print('KE', e)
class UD(UserDict):
    def __missing__(self, k): return k * 2
u = UD(a=1); print(u['zz'], u, len(u), u.data)
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul + [4]).__name__, ul[1:], type(ul[1:]).__name__)
us = UserString('hello'); print(us.upper(), us[1:3], type(us.upper()).__name__, us == 'hello')
data = {'users': [{'name': 'al', 'roles': ['admin', 'dev'] * 3, 'meta': {'age': 30, 'tags': set('ab')}}], 'count': 1, 'nested': {'a': {'b': {'c': {'d': list(range(30))}}}}}
data['users'][0]['meta']['tags'] = sorted(data['users'][0]['meta']['tags'])
pprint.pprint(data)
pprint.pprint(data, width=40, depth=3)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat({'b': 1, 'a': (1, 2), 'c': 'x' * 90}))
print(pprint.pformat(OrderedDict(a=1, b=[1]*30)), pprint.saferepr([1, [2]]), pprint.isreadable([1]), pprint.isrecursive([1]))
pprint.pprint(Counter('hello world'))
pprint.pprint(defaultdict(list, {'a': list(range(25)), 'b': []}))
pprint.pprint(deque(range(30)))
pprint.pprint(P(1, 'x' * 70, [1, 2]))
pprint.pprint('word ' * 30)
pprint.pprint(b'bytes ' * 20)
pprint.pprint({frozenset({1, 2}), frozenset()})
