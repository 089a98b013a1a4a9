edges = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "c"), ("a", "d")]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(sorted(e) for e in undirected))
weights = {frozenset(("a", "b")): 3, frozenset(("c", "d")): 7}
print(weights[frozenset(("b", "a"))], weights.get(frozenset(("a", "c")), "none"))
fs = frozenset(range(5))
print(sorted(fs - {0}), sorted(fs & {1, 9}), fs.issuperset({1, 2}), fs.isdisjoint({7}), len(fs))
try:
    fs.add(9)
except AttributeError as e:
    print("AttributeError:", e)
groups = {}
for word in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault(frozenset(word), []).append(word)
print(sorted(sorted(g) for g in groups.values()))
print(frozenset() == frozenset([]), frozenset([1, 2]) == {2, 1}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
