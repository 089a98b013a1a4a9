# An LRU cache and a recently-used list built on OrderedDict.move_to_end, with the edge cases
# such code meets: equal keys of other types, missing keys, moves during iteration, subclasses.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old!r}")

    def __repr__(self):
        return f"LRU({list(self.data.items())})"


cache = LRUCache(3)
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a"), ("put", "c", 3), ("put", "d", 4),
       ("get", "b"), ("get", "c"), ("put", "a", 10), ("put", "e", 5), ("get", "d"), ("get", "a")]
for op in ops:
    if op[0] == "put":
        cache.put(op[1], op[2])
    else:
        print(f"  get {op[1]!r} -> {cache.get(op[1])!r}")
    print(op, cache)
print("hits", cache.hits, "misses", cache.misses)

# The entry keeps the key object it was stored with.
od = OrderedDict([(1, "int"), (2.5, "float"), ("s", "str")])
od.move_to_end(1.0)
print(od, [type(k).__name__ for k in od])
od.move_to_end(True, last=False)
print(od, [type(k).__name__ for k in od])
od.move_to_end(2.5, False)
od.move_to_end("s", last=0)
print(list(od.items()))

# Missing and unhashable keys.
for bad in ("zz", 3, (1, 2)):
    try:
        od.move_to_end(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    od.move_to_end([1])
except TypeError as e:
    print("TypeError", e)

# One entry, and moving the entry that is already there.
one = OrderedDict(x=1)
one.move_to_end("x")
one.move_to_end("x", last=False)
print(one)
seq = OrderedDict.fromkeys("abcdef")
for k in "fedcba":
    seq.move_to_end(k)
print("".join(seq))
for k in "abc":
    seq.move_to_end(k, last=False)
print("".join(seq))
seq.move_to_end("f")
print("".join(seq), "".join(reversed(seq)), list(seq.keys())[:2], list(seq.values())[:2])

# Moving while iterating is a mutation the iterator reports.
it = OrderedDict.fromkeys("xyz")
try:
    for k in it:
        it.move_to_end(k)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))

# Equality still depends on the order moves leave behind.
a = OrderedDict.fromkeys("pq")
b = OrderedDict.fromkeys("qp")
print(a == b, a == dict(b))
b.move_to_end("q")
print(a == b, list(b))

# A subclass with its own bookkeeping.
class Recent(OrderedDict):
    def touch(self, key):
        self.move_to_end(key)
        return self[key]

r = Recent((n, n * n) for n in range(5))
print(r.touch(2), r.touch(0), r, type(r).__name__)
r.move_to_end(4, last=False)
print(list(r), r.popitem(), r.popitem(last=False), r)

# Many moves keep the order right.
big = OrderedDict((i, i) for i in range(50))
for i in range(0, 50, 3):
    big.move_to_end(i, last=(i % 2 == 0))
print(list(big))
big2 = OrderedDict((i, str(i)) for i in range(200))
for rnd in range(5):
    for i in range(rnd, 200, 7):
        big2.move_to_end(i, last=bool(rnd % 2))
print(list(big2)[:20], list(big2)[-20:], len(big2), sum(big2))
