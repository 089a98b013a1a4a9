# reprlib.Repr limits per container type, levels, changed limits, dispatch on type names,
# unsortable sets and dict keys, failing reprs, and recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.Repr()
print(sorted(vars(r).items()))
data = [
    list(range(10)), tuple(range(10)), (1,), (), [], {}, set(), frozenset(),
    set(range(10)), frozenset(range(3)), {i: str(i) for i in range(7)}, {"a": [1, [2, [3, [4, [5, [6, [7]]]]]]]},
    "x" * 50, "short", 10 ** 60, -10 ** 45, 12345, deque(range(9)), deque(),
    array("i", range(8)), array("d"), {3, 2.5, 1j}, {1: 2, "b": 3, (1,): 4, 0: 5, "c": 6},
    [[[[[[[[1]]]]]]]], ((((((((1,),),),),),),),), b"bytes" * 20, 3.14159,
]
for x in data:
    print(reprlib.repr(x))

print("-- changed limits")
r.maxlist = 2
r.maxdict = 1
r.maxstring = 8
r.maxlong = 6
r.maxother = 12
r.maxlevel = 2
r.fillvalue = "<+>"
for x in data:
    print(r.repr(x))
r.maxlevel = 0
print(r.repr([1]), r.repr({"a": 1}), r.repr([]), r.repr({}), r.repr((1,)))


class Weird:
    def __repr__(self):
        raise ValueError("no")


class Long:
    def __repr__(self):
        return "L" * 100


r2 = reprlib.Repr()
print(r2.repr(Long()), r2.repr([Long(), 1]))
print(r2.repr(Weird()).split(" at ")[0])


class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return f"int:{x}"

    def repr_my_type(self, x, level):
        return "spaced"


c = Custom()
print(c.repr([1, 2, (3,)]), c.repr({1: 2}))
spaced = type("my type", (), {})
print(c.repr(spaced()))
print(c.repr(True), reprlib.repr(True))

print("-- recursive_repr")


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        "Node repr."
        return f"Node({self.name}, {self.children})"


class Other:
    @reprlib.recursive_repr("<loop>")
    def __repr__(self):
        return f"Other({self.me!r})"


n = Node("a")
n.children.append(n)
n.children.append(Node("b"))
print(n, Node.__repr__.__name__, Node.__repr__.__doc__, Node.__repr__.__qualname__)
o = Other()
o.me = [o, o]
print(repr(o), repr(o))
