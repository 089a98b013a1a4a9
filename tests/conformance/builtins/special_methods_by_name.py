# Special methods of built-in values called by name run the same operation as the operator;
# an operand the type does not handle gives NotImplemented. dir() lists them.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


tags = {"red", "green"}
show("set and", lambda: sorted(tags.__and__({"red", "blue"})))
show("set and list", lambda: tags.__and__(["red"]))
show("set rsub", lambda: sorted({1, 2}.__rsub__({1, 9})))
show("set xor", lambda: sorted({1, 2}.__xor__(frozenset({2, 3}))))
show("frozenset or", lambda: sorted(frozenset([1]).__or__({2})))
acc = {1, 2}
show("set iand", lambda: (acc.__iand__({1}) is acc, acc))
show("set ior list", lambda: {1}.__ior__([2]))

r = range(0, 10, 3)
show("range len", lambda: r.__len__())
show("range getitem", lambda: r.__getitem__(slice(1, 3)))
show("range contains", lambda: (r.__contains__(6), r.__contains__(7)))
show("range iter", lambda: list(r.__iter__()))
show("range reversed", lambda: list(r.__reversed__()))
show("range bool", lambda: (range(0).__bool__(), r.__bool__()))
show("None bool", lambda: None.__bool__())

show("tuple le", lambda: (1, 2).__le__((1, 3)))
show("list gt", lambda: [2].__gt__([1, 5]))
show("list gt str", lambda: [2].__gt__("x"))
show("str ge", lambda: "b".__ge__("b"))
show("list reversed", lambda: list([1, 2, 3].__reversed__()))
items = [1]
show("list iadd", lambda: (items.__iadd__((2, 3)) is items, items))
show("list iadd int", lambda: [1].__iadd__(5))
show("list imul", lambda: [1, 2].__imul__(2))
show("list rmul", lambda: [0].__rmul__(3))
show("str rmul", lambda: "ab".__rmul__(2))
show("str rmod", lambda: "%s!".__rmod__("x"))
show("dict or", lambda: {1: 2}.__or__({3: 4}))
show("dict or list", lambda: {1: 2}.__or__([(3, 4)]))
show("dict ror", lambda: {1: 2}.__ror__({1: 0, 5: 6}))
show("dict ior", lambda: {1: 2}.__ior__([(3, 4)]))
show("dict lt", lambda: {1: 2}.__lt__({}))
show("dict reversed", lambda: list({"a": 1, "b": 2}.__reversed__()))
d = {"a": 1, "b": 2}
show("keys and", lambda: d.keys().__and__(["b"]))
show("keys sub", lambda: sorted(d.keys().__sub__({"b"})))
show("items contains", lambda: d.items().__contains__(("a", 1)))
show("values reversed", lambda: list(d.values().__reversed__()))
show("complex lt", lambda: (1j).__lt__(2j))
show("int len", lambda: (5).__len__())
show("range and", lambda: range(3).__and__(1))
show("missing arg", lambda: range(3).__contains__())
show("method type", lambda: (type(tags.__and__).__name__, tags.__and__.__name__))

s = super(int, True)
print(s.__thisclass__, s.__self__, s.__self_class__)

for obj in [None, range(2), slice(1), {1: 2}.keys(), {1: 2}.values(), frozenset(), 1j, b"", property(), len]:
    public = [n for n in dir(obj) if not n.startswith("_")]
    print(type(obj).__name__, public, "__lt__" in dir(obj), "__len__" in dir(obj))
for obj in [range(2), {1: 2}.keys(), frozenset(), None]:
    missing = [n for n in dir(obj) if n.startswith("__") and n in ("__and__", "__len__", "__bool__", "__or__", "__contains__") and not hasattr(obj, n)]
    print(type(obj).__name__, "unreachable:", missing)
