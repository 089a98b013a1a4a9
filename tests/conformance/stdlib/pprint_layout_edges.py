# pprint: bytes wrapping at every length, recursion and depth markers, readable/recursive
# flags, subclasses with and without their own repr, namespaces, dataclasses, sets,
# defaultdicts, compact and indented layouts, and a printer whose format() is overridden.
import collections
import dataclasses
import pprint
import sys
import types

for size in (4, 5, 8, 12, 13, 16, 17, 31, 32, 33):
    data = bytes(range(65, 65 + size))
    for width in (8, 12, 16, 20):
        print(size, width, pprint.pformat(data, width=width))
        print(pprint.pformat([data], width=width))
        print(pprint.pformat({"k": bytearray(data)}, width=width))
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint((b"0123456789" * 3, b"x"), width=20)

loop = [1, 2]
loop.append(loop)
table = {"self": None, "n": 1}
table["self"] = table
pair = (loop, table)
for obj in (loop, table, pair, [loop, loop], {"a": [1, {"b": (2, [3])}]}, (1,), (), [], {}):
    print(pprint.saferepr(obj).replace(str(id(loop)), "L")
          .replace(str(id(table)), "T"),
          pprint.isreadable(obj), pprint.isrecursive(obj))
print(pprint.isreadable(object()), pprint.isreadable(len), pprint.isreadable(3.5),
      pprint.isreadable(lambda: 0), pprint.isreadable([1, object()]),
      pprint.isreadable({1: object()}), pprint.isreadable({object(): 1}))

nested = {"a": [1, [2, [3, [4, [5]]]]], "b": ({"c": {"d": {}}},), "e": (1,)}
for depth in (1, 2, 3, 4):
    print(depth, pprint.pformat(nested, depth=depth))
    print(depth, pprint.pformat(nested, depth=depth, width=20))
printer = pprint.PrettyPrinter(depth=2)
print(printer.isreadable(nested), printer.isrecursive(nested), printer.pformat([[[1]]]))


class Ints(int):
    pass


class LoudInt(int):
    def __repr__(self):
        return "Loud(%d)" % int(self)


class Row(list):
    pass


class Fancy(list):
    def __repr__(self):
        return "<Fancy %d>" % len(self)


class Pairs(dict):
    pass


class Point(tuple):
    pass


numbers = [Ints(1234567), LoudInt(7), 10 ** 12, -5000, True, Row([1, 2]), Fancy([1]),
           Pairs(b=1, a=2), Point((1,)), Point((1, 2))]
print(pprint.pformat(numbers))
print(pprint.pformat(numbers, underscore_numbers=True))
print(pprint.pformat(numbers, width=30, underscore_numbers=True))
for item in numbers:
    print(pprint.isreadable(item), pprint.saferepr(item))

print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset({"pear", "apple", "fig", "kiwi", "plum"}), width=30))
print(pprint.pformat({3, "a", 2.5, None, (1, 2)}, width=10))


class Tags(set):
    pass


print(pprint.pformat(Tags(["alpha", "beta", "gamma", "delta"]), width=20))
print(pprint.pformat([set(), frozenset(), Tags()], width=5))

ns = types.SimpleNamespace(name="widget", sizes=list(range(12)), inner=types.SimpleNamespace(x=1))
ns.me = ns
print(pprint.pformat(ns, width=40))


class Sub(types.SimpleNamespace):
    pass


print(pprint.pformat(Sub(alpha=list(range(10)), beta="b" * 30), width=40))


@dataclasses.dataclass
class Item:
    name: str
    tags: list
    hidden: int = dataclasses.field(default=0, repr=False)
    child: object = None


tree = Item("root", ["a" * 10, "b" * 10], 5, Item("leaf", list(range(8))))
print(pprint.pformat(tree, width=40))
tree.child.child = tree
print(pprint.pformat(tree, width=40).replace(str(id(tree)), "ID"))

dd = collections.defaultdict(list, {"x": list(range(15)), "y": [1]})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(collections.defaultdict(int), width=5))
print(pprint.pformat(collections.Counter("mississippi river"), width=30))
print(pprint.pformat(collections.deque(range(20), maxlen=25), width=30))
print(pprint.pformat(collections.OrderedDict(z=1, a=[1] * 20), width=30))
print(pprint.pformat(collections.ChainMap({"a": list(range(10))}, {"b": 2}), width=30))
print(pprint.pformat(types.MappingProxyType({"k": "v" * 80})))

rows = [{"id": i, "name": "user%d" % i, "tags": ["t"] * (i % 4)} for i in range(5)]
print(pprint.pformat(rows, compact=True, width=50))
print(pprint.pformat(rows, indent=4, width=50))
print(pprint.pformat(list(range(40)), compact=True, width=30, indent=3))
print(pprint.pformat({"b": 1, "a": {"d": 2, "c": [3] * 20}}, sort_dicts=False, width=30))
print(pprint.pformat({2: "two", "one": 1, None: 0, (1,): "t"}))
pprint.pp({"z": 1, "a": 2, "m": list(range(25))})


class Shouting(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)


shout = Shouting(width=30)
print(shout.pformat({"greeting": ["hello", "world"] * 3, "n": 1}))
print(shout.isreadable(["a"]), shout.isrecursive(["a"]))

for bad in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as err:
        print("ValueError", err)
pprint.PrettyPrinter(stream=sys.stdout, width=20).pprint(["stream", "given", "here"])
print(pprint.pformat("a long string that has to be split across several lines " * 2, width=30))
print(pprint.pformat(["word " * 12], width=25))
