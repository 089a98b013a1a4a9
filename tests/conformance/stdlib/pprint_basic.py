# pprint: pformat/pprint layouts for nested containers, strings, bytes and options.
import collections
import pprint
import sys
import types

data = {
    "name": "pyseal",
    "version": (0, 1, 0),
    "tags": ["runtime", "sandbox", "readonly", "audit", "policy", "python", "rust"],
    "nested": {"a": [1, 2, 3], "b": {"c": {"d": {"e": [10, 20, 30, 40, 50, 60, 70, 80, 90]}}}},
    "numbers": list(range(40)),
    "flags": {True, False},
    "empty": {},
    "none": None,
    "floats": [1.5, 2.25, -0.125, 1e100, float("inf")],
    10: "int key",
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
print(pprint.pformat(data, compact=True, width=50))
print(pprint.pformat(data, sort_dicts=False, width=60))
pprint.pp({"z": 1, "a": 2, "m": [3] * 30})
pprint.pprint(list(range(50)), compact=True)
pprint.pprint(list(range(50)), width=30, compact=True, indent=3)

tuples = [(1,), (1, 2), (), ((1, 2, 3),) * 8, tuple(range(30))]
for t in tuples:
    print(pprint.pformat(t, width=30))

sets = [set(range(25)), frozenset(range(25)), set(), frozenset(), {2, 1}, frozenset({3})]
for s in sets:
    print(pprint.pformat(s, width=30))
print(pprint.pformat([set(range(20)), frozenset(range(3, 22))], width=40))

long_text = (
    "This is a fairly long string that will not fit on one line of the output, so pprint "
    "has to split it into several pieces at whitespace boundaries.\nIt even has a second "
    "line, and a third one\nthat is short."
)
pprint.pprint(long_text)
pprint.pprint(long_text, width=40)
pprint.pprint({"key": long_text, "other": [long_text[:90]]}, width=60)
pprint.pprint(["x" * 100])
pprint.pprint("nospaceatall" * 10, width=30)
pprint.pprint("tabs\tand  double  spaces " * 5, width=35)
pprint.pprint("")

blob = bytes(range(60))
pprint.pprint(blob)
pprint.pprint(blob, width=30)
pprint.pprint([blob, b"abc"], width=40)
pprint.pprint(bytearray(blob), width=40)
pprint.pprint(b"tiny")
pprint.pprint({"raw": bytearray(b"0123456789" * 8)}, width=50)

od = collections.OrderedDict((f"key{i}", i * i) for i in range(12))
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {f"k{i}": [i] * i for i in range(8)})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int))
cnt = collections.Counter("abracadabra alakazam hocus pocus")
pprint.pprint(cnt, width=40)
dq = collections.deque(range(30))
pprint.pprint(dq, width=40)
pprint.pprint(collections.deque(range(30), maxlen=35), width=40)
pprint.pprint(collections.deque())
cm = collections.ChainMap({"a": 1, "b": list(range(20))}, {"c": "x" * 50})
pprint.pprint(cm, width=40)

mp = types.MappingProxyType({f"attr{i}": i for i in range(10)})
pprint.pprint(mp, width=40)
ns = types.SimpleNamespace(alpha=list(range(20)), beta="text " * 12, gamma={"x": 1})
pprint.pprint(ns, width=50)
pprint.pprint(types.SimpleNamespace(a=1))


class Sub(types.SimpleNamespace):
    pass


pprint.pprint(Sub(values=list(range(30))), width=40)


class MyList(list):
    pass


class MyDict(dict):
    def __repr__(self):
        return "MyDict!"


pprint.pprint(MyList(range(40)))
pprint.pprint([MyDict(a=1)] * 20)

# Recursive structures.
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).split(" with id=")[0])
print(pprint.isrecursive(rec), pprint.isreadable(rec))
drec = {"self": None}
drec["self"] = drec
print(pprint.isrecursive(drec), pprint.isreadable(drec))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object()]), pprint.isreadable({1: len}))
print(pprint.saferepr({"b": [1, {"c": 2}], "a": (3,)}))
print(pprint.saferepr(list(range(5))), pprint.saferepr("x"))

# Mixed, unorderable keys and set members still print.
print(pprint.pformat({1: "a", "b": 2, None: 3, (1, 2): 4, 2.5: 5}))
print(pprint.pformat({3, "z", None, 1.5, (1,)}, width=20))

# underscore_numbers
print(pprint.pformat([10**9, 12345, -(10**12)], underscore_numbers=True))
print(pprint.pformat({"big": 2**70}, underscore_numbers=True))

# PrettyPrinter objects and streams.
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat({"a": [1, [2, [3, [4, [5]]]]], "b": list(range(12))}))
print(pp.isrecursive(rec), pp.isreadable(rec), pp.isreadable([1, 2]))
pp2 = pprint.PrettyPrinter(stream=sys.stdout, width=20)
pp2.pprint(["one", "two", "three", "four"])
print(pp2.format([1, 2], {}, 0, 0))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


sink = Sink()
pprint.pprint({"x": list(range(30))}, stream=sink)
print(len(sink.parts) > 1, repr("".join(sink.parts)))

for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
