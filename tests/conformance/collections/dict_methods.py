d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "b" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("b", 100), d.setdefault("n", []), d)
d.update({"x": 9}, y=10); d.update([("z", 11)]); print(d)
print(d.popitem(), d)
c = d.copy(); c["b"] = -1; print(d["b"], c["b"])
print(dict.fromkeys(["p", "q"], 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])))
del d["b"]; print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print({**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1} | {"b": 2}, {1: 1} == {1: 1.0})
m = {"k": 1}
m |= {"j": 2}; print(m)
d.clear(); print(d, bool(d))
order = {}
for k in ["z", "a", "m", "a", "b"]:
    order[k] = order.get(k, 0) + 1
print(order, list(order))
print(list(reversed({"one": 1, "two": 2, "three": 3})))
