pairs = {"a": 1, "b": 2}
for k in pairs:
    print("key", k)
for k, v in pairs.items():
    print("item", k, v)
for i, (k, v) in enumerate(pairs.items(), start=10):
    print(i, k, v)
for a, (b, c), *d in [(1, (2, 3), 4, 5), (6, (7, 8))]:
    print(a, b, c, d)
obj = {}
for obj["last"] in range(3):
    pass
print(obj)
lst = [0, 0, 0]
for i, lst[i] in enumerate("xyz"):
    pass
print(lst)
for ch in "hi":
    for n in range(2):
        print(ch * (n + 1), end=" ")
print()
items = [1, 2, 3, 4]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
for x in reversed(range(3)):
    print("rev", x)
print(x)
