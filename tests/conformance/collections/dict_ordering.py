# Insertion order is preserved; deletion and reinsertion moves a key to the end.
d = {}
for k in [5, 3, 9, 1]:
    d[k] = str(k)
print(d)
d[3] = "three"
print(d)
del d[5]
d[5] = "again"
print(d, list(d))
d2 = dict(sorted(d.items()))
print(d2, d == d2, list(d) == list(d2))
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
merged = {"x": 1, "y": 2}
merged.update({"w": 0, "x": 10})
print(merged)
print(list({k: None for k in "abracadabra"}))
it = iter({"one": 1, "two": 2, "three": 3}.items())
print(next(it), next(it), next(it))
