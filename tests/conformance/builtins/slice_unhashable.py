# Slices are unhashable in 3.11 (__hash__ is None): a cache keyed by slice must use a tuple.
from collections.abc import Hashable

print(slice.__hash__ is None, isinstance(slice(1, 2), Hashable))
for attempt in (lambda: hash(slice(3)), lambda: {slice(0, 2): "x"}, lambda: {slice(None)}):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)

cache = {}
data = list(range(20))
def window(s):
    key = (s.start, s.stop, s.step)
    if key not in cache:
        cache[key] = sum(data[s])
    return cache[key]

for s in (slice(0, 5), slice(5, 20, 5), slice(0, 5), slice(None, None, -3)):
    print(s, window(s))
print(len(cache), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
print(sorted([slice(2, 3), slice(1, 9), slice(1, 2, 2), slice(1, 2, 1)]))
print(slice(0, 1) >= slice(0, 1), slice(5) > slice(4), max(slice(1, 2), slice(1, 3)))
try:
    slice(1, None) < slice(1, 2)
except TypeError as e:
    print("TypeError:", e)
