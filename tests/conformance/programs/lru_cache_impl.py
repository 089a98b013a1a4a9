class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print(f"  evict {oldest}")
        self.data[key] = value
    def __repr__(self): return f"LRU({list(self.data)})"
cache = LRU(3)
for op in ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get a", "put e 5", "get c", "get d", "put a 10", "get a"]:
    parts = op.split()
    if parts[0] == "put":
        cache.put(parts[1], int(parts[2]))
        print(op, cache)
    else:
        print(op, "->", cache.get(parts[1]), cache)
print("hits", cache.hits, "misses", cache.misses)
def memoize(capacity):
    def deco(f):
        lru = LRU(capacity)
        def wrapper(n):
            r = lru.get(n)
            if r is None:
                r = f(n)
                lru.put(n, r)
            return r
        wrapper.cache = lru
        return wrapper
    return deco
