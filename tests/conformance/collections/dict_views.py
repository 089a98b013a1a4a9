inventory = {"apples": 5, "pears": 0, "plums": 12}
keys = inventory.keys()
vals = inventory.values()
items = inventory.items()
print(keys, vals, items)
inventory["figs"] = 7
print(len(keys), list(keys), sum(vals))
print(keys & {"apples", "kiwis"}, sorted(keys | {"kiwis"}), sorted(keys - {"pears"}), ("plums", 12) in items)
for k, v in sorted(items, key=lambda kv: kv[1]):
    print(f"{k:<8}{v:>3}")
try:
    for k in inventory:
        if inventory[k] == 0:
            del inventory[k]
except RuntimeError as e:
    print("RuntimeError:", e)
inventory = {k: v for k, v in inventory.items() if v}
print(inventory)
print({v: k for k, v in inventory.items()})
print(max(inventory, key=inventory.get), min(inventory.items(), key=lambda kv: kv[1]))
nested = {"a": {"x": 1}, "b": {"y": 2}}
nested["a"]["z"] = 3
print(nested, [k for k, sub in nested.items() if "z" in sub])
