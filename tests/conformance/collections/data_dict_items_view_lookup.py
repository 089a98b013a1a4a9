# (key, value) in d.items() looks the key up (an unhashable key raises TypeError), compares the
# value with identity first; views expose the dict they show as .mapping.
from collections import namedtuple, Counter, OrderedDict

nan = float("nan")
d = {"a": 1, "b": nan, (1, 2): [3], 2: "two"}
items = d.items()
checks = [("a", 1), ("a", 1.0), ("a", True), ("a", 2), ("b", nan), ("b", float("nan")),
          ((1, 2), [3]), ((1, 2), (3,)), (2, "two"), (2.0, "two"), ("zz", None),
          ("a",), ("a", 1, 2), (), ["a", 1], "a1", 1, None]
for c in checks:
    print(repr(c).ljust(22), c in items)
Pair = namedtuple("Pair", "key value")
print(Pair("a", 1) in items, Pair("a", 5) in items)
class Loud:
    def __eq__(self, other):
        print("  Loud.__eq__ called")
        return True
    __hash__ = object.__hash__
loud = Loud()
e = {"x": loud, "y": 5}
print(("x", loud) in e.items())
print(("x", 0) in e.items())
print(("y", Loud()) in e.items())
for bad in (([1], 2), ({}, 1), ({1}, 1)):
    try:
        bad in items
    except TypeError as ex:
        print("TypeError:", ex)
print(("a", 1) in Counter(a=1).items(), ("a", 0) in Counter().items(), ("k", 2) in OrderedDict(k=2).items())
print(("a", 1) not in items, ("q", 1) not in items)
# Views keep showing the dict as it changes.
live = {"k": 1}
view = live.items()
print(("k", 1) in view)
live["k"] = 2
print(("k", 1) in view, ("k", 2) in view)
del live["k"]
print(("k", 2) in view, len(view))
# .mapping: a read-only proxy of the dict behind the view.
m = d.keys().mapping
print(type(m).__name__, m["a"], len(m), sorted(map(str, m)), m == d)
print(d.values().mapping is not None, dict(d.items().mapping) == d)
live["z"] = 26
print(view.mapping, live.keys().mapping.get("z"), "z" in live.values().mapping)
try:
    m["new"] = 1
except TypeError as ex:
    print("TypeError:", ex)
