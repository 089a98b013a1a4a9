# collections.defaultdict, OrderedDict and ChainMap.
from collections import ChainMap, OrderedDict, defaultdict

print("defaultdict")
s = [("yellow", 1), ("blue", 2), ("yellow", 3), ("blue", 4), ("red", 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(d)
print(sorted(d.items()), isinstance(d, dict), d.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts))
print(counts["zzz"], "zzz" in counts, counts.get("qqq"), "qqq" in counts)
sets = defaultdict(set)
sets["a"].add(1)
sets["a"].add(1)
print(sets)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], list(nested), type(nested["x"]).__name__)
none = defaultdict()
print(none, none.default_factory)
try:
    none["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
init = defaultdict(str, {"a": "x"}, b="y")
print(init, init["c"] + "!", init)
c = init.copy()
c["new"] = "n"
print(type(c).__name__, c.default_factory, len(c), len(init))
d2 = defaultdict(int, a=1) | {"b": 2}
print(d2)
def zero():
    return 0
print(defaultdict(zero).default_factory.__name__)
dd = defaultdict(list)
dd.default_factory = tuple
print(dd["q"], dd)
print(defaultdict(int, {1: 1}) == {1: 1})
graph = defaultdict(list)
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph[a].append(b)
    graph[b]
print(dict(graph))

print("OrderedDict")
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1)]), OrderedDict(z=0))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 == o1.copy())
print(OrderedDict.fromkeys("abc", 0), list(reversed(o1)))
print(o1 | {"c": 3}, isinstance(o1, dict))
class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get_item(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1)
cache.put(2, 2)
print(cache.get_item(1))
cache.put(3, 3)
print(cache.get_item(2), cache.get_item(3), cache)

print("ChainMap")
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm), "color" in cm, "x" in cm)
print(cm.get("x", "dflt"), cm.get("user"))
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
print(cm)
child = cm.new_child()
child["user"] = "root"
print(child["user"], cm["user"], child.maps[0], len(child.maps))
print(child.parents["user"], child.parents.maps[0] is cli)
print(sorted(cm.items()), sorted(cm.keys()), dict(cm) == {"color": "blue", "user": "admin"})
print(list(ChainMap({"a": 1, "b": 2}, {"c": 3, "b": 4})))
del cm["color"]
print(cm["color"], cli)
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
try:
    cm["nothing"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
print(cm.pop("zzz", "gone"), ChainMap({"a": 1}).new_child({"b": 2}))
