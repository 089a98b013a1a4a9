import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple
from types import SimpleNamespace, MappingProxyType
import dataclasses
data = {"users": [{"id": i, "name": "user%d" % i, "roles": ["admin", "dev"][: i % 3], "score": i * 3.14159} for i in range(4)],
        "config": {"debug": True, "level": None, "paths": ("/usr/bin", "/usr/local/bin", "/opt/something/very/long/path/here"), "ratio": 1e-9},
        "matrix": [[i * j for j in range(8)] for i in range(5)],
        "text": "a long string " * 8, "bytes": b"\x00\x01binary data here that is long enough to wrap maybe" * 2,
        "set": {3, 1, 2}, "fs": frozenset({"b", "a"}), "empty": {}, "el": [], "et": (), "es": set()}
for w in (80, 40, 20, 1):
    print("width", w)
    pprint.pprint(data, width=w)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, compact=True)
pprint.pprint(data["matrix"], compact=True, width=30)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(data, indent=4, width=60)
print(pprint.pformat(data["users"], underscore_numbers=True))
print(pprint.pformat([10**7, 123456789, 1.5], underscore_numbers=True))
od = OrderedDict((k, list(range(k))) for k in range(8))
pprint.pprint(od)
pprint.pprint(OrderedDict())
dd = defaultdict(list, {"a": [1] * 30, "b": [2]})
pprint.pprint(dd)
pprint.pprint(defaultdict(int))
c = Counter("abracadabra" * 5 + "xyzzy")
pprint.pprint(c, width=30)
pprint.pprint(Counter())
pprint.pprint(deque(range(40), maxlen=50))
pprint.pprint(deque(range(40)))
pprint.pprint(ChainMap({"a": list(range(20))}, {"b": 2}), width=40)
pprint.pprint(SimpleNamespace(a=1, b=list(range(30)), c="x" * 50))
pprint.pprint(MappingProxyType({"k": list(range(30))}))
P = namedtuple("P", "x y")
pprint.pprint([P(1, 2)] * 10, width=30)
@dataclasses.dataclass
class D:
    a: int
    b: list
    c: str = "hello"
pprint.pprint(D(1, list(range(40))))
pprint.pprint([D(i, [i]) for i in range(3)], width=20)
s = "This is a long sentence that will need wrapping because it exceeds the width. " * 3
pprint.pprint(s, width=40)
pprint.pprint([s], width=40)
pprint.pprint({"k": s}, width=50)
pprint.pprint(b"abc" * 40, width=40)
pprint.pprint(bytearray(b"xyz" * 30), width=40)
rec = [1, 2]; rec.append(rec)
dr = {"a": 1}; dr["self"] = dr
pp = pprint.PrettyPrinter(width=30, depth=3, indent=2)
pp.pprint({"a": {"b": {"c": {"d": 1}}}, "z": [[[[1]]]]})
print(pp.pformat((1,)))
print(pprint.pformat({3: "c", 1: "a", "x": 2} if False else {3: "c", 1: "a", 2: "b"}))
print(pprint.pformat({(1, 2): [3], (0, 5): "z", (1,): None}))
print(pprint.pformat({1: "a", "b": 2, None: 3, 2.5: 4}))
print(pprint.pformat(list(range(100)), compact=True))
print(pprint.pformat(list(range(30))))
print(pprint.pformat(("a" * 30, "b" * 30, ("c" * 30,))))
print(pprint.pformat(range(10)), pprint.pformat(1.0), pprint.pformat(-0.0), pprint.pformat(float("nan")))
print(pprint.isreadable(rec), pprint.isrecursive(rec), pprint.isreadable({"a": 1}), pprint.isrecursive(dr), "Recursion on dict" in pprint.saferepr(dr))
