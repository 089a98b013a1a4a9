import reprlib
class Graph:
    def __init__(self): self.edges = []
    @reprlib.recursive_repr()
    def __repr__(self): return f"Graph({self.edges})"
g = Graph(); g.edges.append(g); print(g)
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10
print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(30))))
class BadRepr:
    def __repr__(self): raise ValueError("repr exploded")
try:
    print([1, BadRepr()])
except ValueError as e:
    print("ValueError:", e)
try:
    f"{BadRepr()!r}"
except ValueError as e:
    print("ValueError:", e)
class Node:
    def __init__(self, v): self.v = v; self.kids = []
    def __repr__(self): return f"Node({self.v}, {self.kids})"
a = Node(1); b = Node(2); a.kids.append(b); b.kids.append(a)
try:
    repr(a)
except RecursionError as e:
    print("RecursionError:", str(e)[:40])
d = {"a": [1, {"b": (2, 3)}], "c": {4, 5} if False else None, "e": ..., "f": NotImplemented}
print(d, str(d) == repr(d))
import collections
print(collections.OrderedDict(a=1), collections.defaultdict(list, {"x": [1]}), collections.Counter("aab"), collections.deque([1, 2], maxlen=3))
print(collections.ChainMap({"a": 1}, {"b": 2}), collections.namedtuple("T", "a b")(1, 2), collections.UserList([1]), collections.UserDict({1: 2}), collections.UserString("s"))
dd = collections.defaultdict(lambda: 0); dd["k"] += 1
print(repr(dd).split(" at ")[0][:40], dict(dd))
od = collections.OrderedDict(); od["self"] = od; print(od)
dq = collections.deque(); dq.append(dq); print(dq)
print(repr(range(0)), repr(range(1, 10, 3)), repr(slice(None)), repr(b"\x00\xff"), repr(bytearray()), repr(memoryview(b"")).split(" at ")[0], repr(frozenset({1})), repr(set()), repr(1e-5), repr(1e16), repr(123456789012345678.0), repr(-0.0), repr(float("nan")), repr(complex(0, -0.0)))
