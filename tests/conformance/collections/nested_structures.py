company = {
    "name": "Acme",
    "departments": [
        {"name": "eng", "staff": [{"name": "ann", "salary": 120}, {"name": "bo", "salary": 100}]},
        {"name": "ops", "staff": [{"name": "cy", "salary": 90}]},
        {"name": "empty", "staff": []},
    ],
}
for dept in company["departments"]:
    total = sum(p["salary"] for p in dept["staff"])
    names = ", ".join(p["name"] for p in dept["staff"]) or "-"
    print(f"{dept['name']:<6} {len(dept['staff'])} {total:>4} [{names}]")
all_staff = [p for d in company["departments"] for p in d["staff"]]
print(max(all_staff, key=lambda p: p["salary"])["name"])
grid = [[0] * 4 for _ in range(3)]
grid[1][2] = 5
bad = [[0] * 4] * 3
bad[1][2] = 5
print(grid)
print(bad)
def deep_sum(x):
    if isinstance(x, (list, tuple)):
        return sum(deep_sum(i) for i in x)
    if isinstance(x, dict):
        return sum(deep_sum(v) for v in x.values())
    return x if isinstance(x, int) else 0
print(deep_sum([1, [2, (3, {"a": 4, "b": [5]})], "x"]))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
