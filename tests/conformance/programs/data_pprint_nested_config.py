import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap, namedtuple
from dataclasses import dataclass, field

config = {
    "server": {"host": "localhost", "ports": [8080, 8081, 8443], "tls": {"cert": "/etc/x.pem", "key": None}},
    "users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "quota": i * 1024 ** 2} for i in range(4)],
    "flags": frozenset({"b", "a"}),
    "matrix": [[i * j for j in range(8)] for i in range(5)],
    "long": "x" * 90,
    "tuple": (1, (2, (3, (4, (5,))))),
}
pprint.pprint(config)
pprint.pprint(config, width=40, depth=2)
pprint.pprint(config["users"], compact=True, width=60)
print(pprint.pformat(config["matrix"], indent=4, width=50))
pprint.pprint(config, sort_dicts=False, width=120)
dd = defaultdict(list, {"b": [1, 2], "a": list(range(30))})
pprint.pprint(dd)
pprint.pprint(Counter("mississippi" * 3))
pprint.pprint(OrderedDict((str(i), i * "ab") for i in range(6)))
pprint.pprint(deque(range(40), maxlen=50))
P = namedtuple("P", "x y label")
pprint.pprint([P(1, 2, "a" * 30), P(3, 4, "b" * 40)])
@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
tree = Node("root", [Node("a", [Node("a1"), Node("a2", [Node("deep" * 5)])]), Node("b")])
pprint.pprint(tree, width=50)
print(pprint.saferepr({"z": 1, "a": [1, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
print(pprint.pformat("a long string that wraps around " * 4, width=40))
pprint.pprint({"bytes": b"\x00\x01" * 30, "set": set(range(25))}, width=60)
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint({"k%d" % i: list(range(i)) for i in range(6)})
