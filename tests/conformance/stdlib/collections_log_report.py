"""A log-analysis report built on collections: Counter arithmetic and most_common,
defaultdict grouping, OrderedDict as an LRU, deque windows, ChainMap settings, and
namedtuple records with defaults."""
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple

LOG = """\
2024-03-01 10:00:01 GET /index.html 200 512
2024-03-01 10:00:02 GET /about.html 200 1024
2024-03-01 10:00:02 POST /login 302 0
2024-03-01 10:00:05 GET /index.html 200 512
2024-03-01 10:00:07 GET /missing 404 128
2024-03-01 10:01:00 GET /index.html 304 0
2024-03-01 10:01:03 POST /login 200 64
2024-03-01 10:01:09 GET /admin 403 32
2024-03-01 10:02:00 GET /index.html 200 512
2024-03-01 10:02:30 DELETE /item/7 500 0
"""

Request = namedtuple('Request', 'date time method path status size', defaults=(0,))
requests = []
for line in LOG.splitlines():
    date, time, method, path, status, size = line.split()
    requests.append(Request(date, time, method, path, int(status), int(size)))

print("== namedtuple")
r0 = requests[0]
print(r0, r0._fields, Request._field_defaults)
print(r0._replace(status=500, size=1), r0._asdict()['path'])
short = Request('d', 't', 'GET', '/', 200)
print(short.size, Request._make(['a', 'b', 'c', 'd', 1, 2]))
try:
    r0._replace(colour=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple('Bad', 'a def')
except ValueError as e:
    print("ValueError:", e)
Renamed = namedtuple('Renamed', 'a def a _x', rename=True)
print(Renamed._fields, Renamed(1, 2, 3, 4))

print("== Counter")
paths = Counter(r.path for r in requests)
methods = Counter(r.method for r in requests)
statuses = Counter(r.status // 100 * 100 for r in requests)
print(paths.most_common(2), paths.most_common()[-1])
print(methods, sorted(statuses.items()))
print(paths['/nothing'], paths.total(), len(paths))
bytes_by_path = Counter()
for r in requests:
    bytes_by_path[r.path] += r.size
print(bytes_by_path.most_common(3))
morning = Counter({'/index.html': 2, '/login': 1, '/about.html': 1})
print(paths - morning)
print(morning - paths)
print(paths & morning, morning | Counter({'/login': 5}))
print(morning + Counter({'/x': 0, '/login': -1}))
c = Counter(a=3, b=-1, c=0)
print(+c, -c, sorted(c.elements()))
c.subtract({'a': 5, 'd': 2})
print(c, dict(c))
c.update('aab')
print(c, c == Counter(a=0, b=0, c=0, d=-2) , Counter('abc') <= Counter('aabbcc'))
print(Counter('mississippi').most_common(), repr(Counter()))

print("== defaultdict")
by_status = defaultdict(list)
for r in requests:
    by_status[r.status].append(r.path)
print(sorted(by_status.items()))
nested = defaultdict(lambda: defaultdict(int))
for r in requests:
    nested[r.method][r.path] += 1
print({m: dict(v) for m, v in sorted(nested.items())})
dd = defaultdict(int)
print(dd['x'], dd, repr(defaultdict(list)), dd.default_factory)
plain = defaultdict(None, {'a': 1})
try:
    plain['missing']
except KeyError as e:
    print("KeyError:", e)
print(dd.copy(), type(dd.copy()).__name__, defaultdict(set, a={1}) | {'b': {2}})

print("== OrderedDict LRU")


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("  evict", evicted)


cache = LRU(3)
for r in requests:
    if cache.get(r.path) is None:
        cache.put(r.path, r.size)
print(list(cache.items()))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('e', last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys('acd'), od == OrderedDict.fromkeys('dca'), od == dict.fromkeys('dca'))
print(repr(OrderedDict(a=1)), reversed(od).__class__.__name__, list(reversed(od)))

print("== deque windows")
window = deque(maxlen=3)
for r in requests:
    window.append(r.size)
    if len(window) == 3:
        print(" ", list(window), sum(window) / 3)
d = deque(range(6))
d.rotate(2)
print(d, d.popleft(), d.pop(), d)
d.extendleft('ab')
print(d, d.index(2), d.count(0), d[1], d[-1], d.maxlen)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque('xyz', maxlen=2), deque([1, 2]) + deque([3]), deque([1]) * 3)

print("== ChainMap")
defaults = {'host': 'localhost', 'port': 80, 'debug': False}
env = {'port': 8080}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg['host'], cfg['port'], cfg['debug'], len(cfg), sorted(cfg))
cfg['port'] = 9000
print(cli, env, cfg.maps[0] is cli)
child = cfg.new_child({'host': 'example.org'})
print(child['host'], child.parents['host'], dict(child) == {**defaults, **env, **cli, 'host': 'example.org'})
try:
    del cfg['host']
except KeyError as e:
    print("KeyError:", e)
print(repr(ChainMap({'a': 1}, {'b': 2})))
