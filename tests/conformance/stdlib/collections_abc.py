# collections.abc: ABC registration of built-ins, subclass hooks, mixin methods.
import collections
import collections.abc
from collections.abc import (
    Callable,
    Collection,
    Container,
    Generator,
    Hashable,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    MappingView,
    MutableMapping,
    MutableSequence,
    MutableSet,
    Reversible,
    Sequence,
    Set,
    Sized,
    ValuesView,
)
from collections import abc

print(abc is collections.abc, collections.abc.__name__)
print(Sequence, MutableMapping.__module__, Set.__name__)
print(sorted(n for n in abc.__all__))


def gen():
    yield 1


samples = [
    ("list", []),
    ("tuple", ()),
    ("str", "ab"),
    ("bytes", b"ab"),
    ("bytearray", bytearray(b"x")),
    ("dict", {}),
    ("set", set()),
    ("frozenset", frozenset()),
    ("range", range(3)),
    ("int", 5),
    ("float", 1.5),
    ("None", None),
    ("keys", {}.keys()),
    ("values", {}.values()),
    ("items", {}.items()),
    ("list_iter", iter([])),
    ("dict_iter", iter({})),
    ("gen", gen()),
    ("func", gen),
    ("builtin", len),
    ("class", int),
    ("deque", collections.deque()),
    ("OrderedDict", collections.OrderedDict()),
    ("Counter", collections.Counter()),
    ("defaultdict", collections.defaultdict(int)),
]
abcs = [
    Iterable,
    Iterator,
    Generator,
    Reversible,
    Sized,
    Container,
    Collection,
    Callable,
    Sequence,
    MutableSequence,
    Mapping,
    MutableMapping,
    Set,
    MutableSet,
    KeysView,
    ValuesView,
    ItemsView,
    MappingView,
]
for name, obj in samples:
    flags = "".join("1" if isinstance(obj, a) else "." for a in abcs)
    print(f"{name:12} {flags}")

print("hashable:", [isinstance(x, Hashable) for x in (1, "a", (), [], {}, set(), frozenset())])
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(str, MutableSequence))


# Subclass hooks: a class with the right methods matches without inheriting.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class OnlyLen:
    def __len__(self):
        return 3


class Blocked(OnlyIter):
    __iter__ = None


class Full:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Calls:
    def __call__(self):
        return 1


class Unhashable:
    __hash__ = None


class Nexter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


for cls in (OnlyIter, OnlyLen, Blocked, Full, Calls, Unhashable, Nexter):
    print(
        cls.__name__,
        issubclass(cls, Iterable),
        issubclass(cls, Sized),
        issubclass(cls, Collection),
        issubclass(cls, Callable),
        issubclass(cls, Hashable),
        issubclass(cls, Iterator),
        isinstance(cls(), Container),
    )

# Abstract classes cannot be instantiated.
for a in (Sequence, Mapping, MutableMapping, Set, Iterator, Sized):
    try:
        a()
    except TypeError as e:
        print("TypeError:", e)


class Partial(Sequence):
    def __len__(self):
        return 1


try:
    Partial()
except TypeError as e:
    print("TypeError:", e)


# Sequence mixins.
class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(3, 1, 4, 1, 5, 9, 2, 6)
print(list(s), list(reversed(s)), 4 in s, 7 in s, len(s))
print(s.index(1), s.index(1, 2), s.index(5, -5), s.count(1), s.count(8))
for args in ((7,), (1, 4, 6), (9, 0, 3)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", repr(e))
print(isinstance(s, Reversible), isinstance(s, MutableSequence))


# MutableSequence mixins.
class MSeq(MutableSequence):
    def __init__(self, items=()):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return f"MSeq({self._items})"


m = MSeq([1, 2, 3])
m.append(4)
m.extend([5, 6])
print(m)
m.reverse()
print(m)
print(m.pop(), m.pop(0), m)
m.remove(3)
print(m)
m += [7, 8]
print(m)
m.extend(m)
print(m)
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print("IndexError", e)
try:
    m.remove(1)
except ValueError as e:
    print("ValueError", repr(e))


# Mapping mixins.
class Map(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mp = Map(a=1, b=2, c=3)
print("a" in mp, "z" in mp, mp.get("a"), mp.get("z"), mp.get("z", 0))
print(list(mp.keys()), list(mp.values()), list(mp.items()))
print(mp == {"a": 1, "b": 2, "c": 3}, mp == {"a": 1}, mp != Map(a=1, b=2, c=3), mp == [1])
ks = mp.keys()
print(repr(ks)[:9], len(ks), "a" in ks, ks & {"a", "x"}, sorted(ks | {"x"}), sorted(ks - {"a"}))
print(sorted(ks ^ {"a", "q"}), ks == {"a", "b", "c"}, ks < {"a", "b", "c", "d"}, ks <= {"a"})
its = mp.items()
print(("a", 1) in its, ("a", 2) in its, ("q", 1) in its, len(its))
vs = mp.values()
print(1 in vs, 9 in vs, len(vs), isinstance(vs, Set), isinstance(ks, Set))
print(isinstance(ks, KeysView), isinstance(its, ItemsView), isinstance(vs, ValuesView))
print(type(ks).__name__, type(its).__name__, type(vs).__name__)
print(Map.__hash__, Map.__reversed__)
try:
    hash(mp)
except TypeError as e:
    print("TypeError", e)


# MutableMapping mixins.
class MMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"MMap({self._d})"


mm = MMap()
mm.update({"x": 1}, y=2)
mm.update([("z", 3)])
mm.update(Map(w=4))
print(mm)
print(mm.setdefault("x", 9), mm.setdefault("n"), mm)
print(mm.pop("x"), mm.pop("missing", "dflt"), mm)
try:
    mm.pop("missing")
except KeyError as e:
    print("KeyError", e)
print(mm.popitem(), mm)
mm.clear()
print(mm, len(mm))
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", repr(e))


class KeysOnly:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k * 2


mm.update(KeysOnly())
print(mm)


# Set mixins.
class LSet(Set):
    def __init__(self, it=()):
        self._items = []
        for x in it:
            if x not in self._items:
                self._items.append(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"LSet({self._items})"


a = LSet([1, 2, 3])
b = LSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & [3, 9], a | [7], a - [1], [1, 5] - a, [1, 5] ^ a)
print(a == LSet([3, 2, 1]), a == b, a <= LSet([1, 2, 3, 4]), a < a, a >= LSet([1]), a > LSet([1]))
print(a == {1, 2, 3}, a <= {1, 2, 3}, {1, 2} < a, a.isdisjoint([5, 6]), a.isdisjoint([3]))
print(a._hash() == LSet([3, 1, 2])._hash(), LSet()._hash() == LSet([])._hash())
print(a._hash(), LSet()._hash(), LSet([-1, 2**70, 0.5])._hash())
try:
    a & 5
except TypeError as e:
    print("TypeError", e)


class MSet(MutableSet):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            self.add(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(list(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        if x not in self._s:
            self._s.append(x)

    def discard(self, x):
        if x in self._s:
            self._s.remove(x)

    def __repr__(self):
        return f"MSet({self._s})"


ms = MSet([1, 2, 3])
ms |= [4, 5]
print(ms)
ms &= MSet([2, 3, 4, 5, 6])
print(ms)
ms ^= [5, 6]
print(ms)
ms -= [2]
print(ms)
ms.remove(3)
print(ms, ms.pop(), ms)
try:
    ms.remove(42)
except KeyError as e:
    print("KeyError", e)
ms.add(8)
ms.clear()
print(ms)
try:
    ms.pop()
except KeyError as e:
    print("KeyError", repr(e))


# Iterator and Generator mixins.
class Count(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Count(3)
print(iter(c) is c, list(c))


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, v):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return (self.i, v)

    def throw(self, typ, val=None, tb=None):
        print("throw", typ.__name__)
        raise StopIteration


g = Gen()
print(next(g), g.send("x"), list(g))
g.close()
print(isinstance(g, Iterator), isinstance(gen(), Generator))


# register() and MappingView.
class Thing:
    pass


print(issubclass(Thing, Sequence))
Sequence.register(Thing)
print(issubclass(Thing, Sequence), issubclass(Thing, Reversible), issubclass(Thing, MutableSequence))
print(Sequence.register(Thing) is Thing)
try:
    Sequence.register(5)
except TypeError as e:
    print("TypeError", e)
mv = MappingView({"k": 1})
print(repr(mv), len(mv))
print(repr(KeysView({"k": 1})), list(ItemsView({"k": 1})), list(ValuesView({"k": 1})))
