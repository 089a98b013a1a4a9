# OrderedDict.move_to_end(key, last=False) many times over: an LRU cache that keeps the most
# recent key first, plus order checks after every kind of move.
from collections import OrderedDict


class FrontLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return None
        self.hits += 1
        self.data.move_to_end(key, last=False)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key, last=False)
        if len(self.data) > self.capacity:
            self.data.popitem(last=True)


cache = FrontLRU(500)
seed = 12345
total = 0
for step in range(20000):
    seed = (seed * 1103515245 + 12345) % 2**31
    key = seed % 900
    if step % 3 == 0:
        cache.put(key, step)
    else:
        value = cache.get(key)
        if value is not None:
            total += value
print("hits", cache.hits, "misses", cache.misses, "total", total)
print("size", len(cache.data), "first", list(cache.data)[:8], "last", list(cache.data)[-5:])
print("reversed", list(reversed(cache.data))[:5])

# Small tables: every position moved to the front, checked against a list model.
od = OrderedDict((k, k * k) for k in range(10))
model = list(range(10))
for k in [9, 0, 5, 5, 3, 9, 7, 1]:
    od.move_to_end(k, last=False)
    model.remove(k)
    model.insert(0, k)
    print(k, list(od) == model, list(od))
print(od[5], od.get(3), 4 in od, 11 in od)
print(list(od.items())[:3], list(od.values())[-3:])

# Mixed with back moves, deletions and new keys.
od.move_to_end(7)
del od[0]
od["new"] = "n"
od.move_to_end("new", last=False)
print(list(od))
print(od.popitem(last=False), od.popitem(), list(od))

# Equality is order-sensitive between OrderedDicts only.
a = OrderedDict.fromkeys("abc", 0)
b = OrderedDict.fromkeys("abc", 0)
b.move_to_end("c", last=False)
b.move_to_end("b", last=False)
b.move_to_end("a", last=False)
print(a == b, list(b))
b.move_to_end("c", last=False)
print(a == b, dict(a) == dict(b), list(b))

# Moving while iterating is reported as a mutation.
od = OrderedDict.fromkeys(range(5))
try:
    for k in od:
        od.move_to_end(4, last=False)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    od.move_to_end("missing", last=False)
except KeyError as e:
    print("KeyError:", e)

# A single-key dict and string keys.
one = OrderedDict(x=1)
one.move_to_end("x", last=False)
print(one)
words = OrderedDict()
for w in "the quick brown fox jumps over the lazy dog the end".split():
    words[w] = words.get(w, 0) + 1
    words.move_to_end(w, last=False)
print(words)
