# Draining dicts from either end, and OrderedDict reordering, on large tables: each step
# must stay cheap (a popped slot is not stepped over again and again).
from collections import OrderedDict

# popitem() from the end until empty.
d = {i: i * i for i in range(200000)}
total = 0
last = None
while d:
    k, v = d.popitem()
    total += v
    last = k
print("popitem drained:", total, last, len(d))
d[7] = "again"
print("reused:", d)

# Removing the first key over and over (a FIFO built on a dict).
d = {f"job{i}": i for i in range(100000)}
order = []
while d:
    k = next(iter(d))
    order.append(d.pop(k))
print("fifo drained:", len(order), order[:3], order[-3:], order == sorted(order))

# Mixed: pop from the front, append at the back, iterate in between.
d = {i: None for i in range(1000)}
for step in range(50000):
    first = next(iter(d))
    del d[first]
    d[first + 1000] = step
print("sliding window:", len(d), next(iter(d)), list(d)[-1], sum(d) % 1000003)

# OrderedDict: move_to_end both ways, popitem from both ends.
od = OrderedDict((i, str(i)) for i in range(5000))
for i in range(20000):
    od.move_to_end((i * 7) % 5000, last=(i % 3 == 0))
print("moved:", list(od)[:5], list(od)[-5:], len(od))
front = [od.popitem(last=False)[0] for _ in range(3)]
back = [od.popitem()[0] for _ in range(3)]
print("ends:", front, back, len(od))
while od:
    od.popitem(last=False)
print("od drained:", od, len(od))

# An LRU cache on OrderedDict.
cache = OrderedDict()
hits = misses = 0
for n in range(100000):
    key = (n * n) % 1500
    if key in cache:
        cache.move_to_end(key)
        hits += 1
    else:
        cache[key] = n
        misses += 1
        if len(cache) > 1000:
            cache.popitem(last=False)
print("lru:", hits, misses, len(cache), next(iter(cache)), next(reversed(cache)))

# Sets drained with pop().
s = set(range(100000))
acc = 0
while s:
    acc += s.pop()
print("set drained:", acc)

# sum() refuses str, bytes and bytearray starts.
for start in ["", b"", bytearray()]:
    try:
        sum([], start)
    except TypeError as e:
        print("sum:", e)
