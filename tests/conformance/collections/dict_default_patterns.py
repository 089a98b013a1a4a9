log = ["GET /a", "POST /b", "GET /a", "GET /c", "POST /b", "DELETE /a", "GET /a"]
hits = {}
for line in log:
    method, path = line.split()
    hits.setdefault(path, {}).setdefault(method, 0)
    hits[path][method] += 1
print(hits)
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
groups = DefaultDict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[w[0]].append(w)
print(groups, isinstance(groups, dict), groups.get("z"), "z" in groups)
counts = DefaultDict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), len(m))
