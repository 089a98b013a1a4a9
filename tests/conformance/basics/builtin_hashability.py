# Which built-in values hash, which refuse, and how user classes inherit or drop __hash__.

def try_hash(v):
    try:
        hash(v)
        return "hashable"
    except TypeError as e:
        return f"TypeError: {e}"

values = [1, 2.5, 1 + 2j, "s", b"b", (1, 2), frozenset({1}), None, True, range(3),
          slice(1, 2), [1], {1: 2}, {1}, bytearray(b"x"), (1, [2]), {}.keys(), {}.items()]
for v in values:
    print(type(v).__name__.ljust(10), try_hash(v))

print(type({}.values()).__name__, try_hash({}.values()) == "hashable")

for t in (list, dict, set, bytearray, tuple, frozenset, int, str, object):
    print(t.__name__, "__hash__ is None:", t.__hash__ is None, "in own dict:", "__hash__" in vars(t))

# equal values hash equal across types
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(0j))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(float("inf")), hash(float("-inf")), hash(0.5), hash(1.5))

class Plain:
    pass

class WithEq:
    def __eq__(self, other):
        return True

class WithEqAndHash:
    def __eq__(self, other):
        return isinstance(other, WithEqAndHash)
    def __hash__(self):
        return 42

class ChildOfEq(WithEqAndHash):
    def __eq__(self, other):
        return False

class Restored(WithEq):
    __hash__ = object.__hash__

class NoHash:
    __hash__ = None

class MyList(list):
    pass

class HashableList(list):
    def __hash__(self):
        return hash(tuple(self))

for cls in (Plain, WithEq, WithEqAndHash, ChildOfEq, Restored, NoHash, MyList, HashableList):
    obj = cls()
    print(cls.__name__.ljust(14), "__hash__" in vars(cls), vars(cls).get("__hash__", "-") is None,
          try_hash(obj) if cls is not WithEqAndHash else hash(obj))

print(hash(HashableList([1, 2])) == hash((1, 2)))
d = {HashableList([1]): "ok"}
print(d[HashableList([1])] if HashableList([1]) in d else "missing")

for bad in ([1], {1: 1}, {2}):
    for how in ("set", "dict", "frozenset"):
        try:
            if how == "set":
                {bad}
            elif how == "dict":
                {bad: 1}
            else:
                frozenset([bad])
        except TypeError as e:
            print(how, "TypeError:", e)
try:
    {}.setdefault([], 1)
except TypeError as e:
    print("setdefault TypeError:", e)
try:
    [1] in {1: 2}
except TypeError as e:
    print("in TypeError:", e)
print([1] in [[1]], (1, 2) in {(1, 2): 0})
