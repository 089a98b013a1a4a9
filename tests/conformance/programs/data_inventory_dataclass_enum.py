from dataclasses import dataclass, field, asdict, astuple, replace
from collections import defaultdict, Counter
from enum import Enum, auto
import json

class Category(Enum):
    TOOLS = auto()
    GARDEN = auto()
    KITCHEN = auto()

@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(compare=False)
    qty: int = 0
    category: Category = field(default=Category.TOOLS, compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

inventory = [
    Item("T-100", "Hammer", 12.5, 30, Category.TOOLS, ["steel"]),
    Item("G-210", "Rake", 19.99, 4, Category.GARDEN),
    Item("K-001", "Whisk", 3.25, 120, Category.KITCHEN, ["small", "metal"]),
    Item("T-101", "Wrench set", 45.0, 7),
    Item("G-002", "Hose 20m", 29.9, 0, Category.GARDEN),
    Item("K-050", "Chef knife", 79.0, 11, Category.KITCHEN, ["sharp"]),
]

print(f"{'SKU':<8}{'Name':<14}{'Price':>9}{'Qty':>6}{'Value':>11}")
print("-" * 48)
for it in sorted(inventory):
    print(f"{it.sku:<8}{it.name:<14}{it.price:>9.2f}{it.qty:>6d}{it.value:>11,.2f}")
print("-" * 48)
total = sum(i.value for i in inventory)
print(f"{'TOTAL':<37}{total:>11,.2f}")

by_cat = defaultdict(list)
for it in inventory:
    by_cat[it.category].append(it)
for cat in Category:
    items = by_cat[cat]
    print(f"{cat.name.title():>8}: {len(items)} items, {sum(i.qty for i in items):5} units, "
          f"avg price {sum(i.price for i in items)/len(items):.3f}")

out_of_stock = [i.name for i in inventory if not i.qty]
print("Out of stock:", out_of_stock)
low = min(inventory, key=lambda i: (i.qty, i.sku))
print("Lowest:", low)
print(repr(replace(low, qty=99)))
print(asdict(inventory[0]))
print(astuple(inventory[2]))
print(inventory[0] < inventory[1], inventory[3] == Item("T-101", "x", 0.0, 7))

def enc(o):
    if isinstance(o, Enum):
        return o.name
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

doc = {"items": [asdict(i) for i in inventory[:3]], "total": total}
print(json.dumps(doc, default=enc, indent=2, sort_keys=True))
print(json.dumps(doc, default=enc, separators=(",", ":"))[:120])
tags = Counter(t for i in inventory for t in i.tags)
print(sorted(tags.items()))
print(Category.KITCHEN, repr(Category.GARDEN), Category(2), Category["TOOLS"].value)
try:
    Category(9)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({"c": Category.TOOLS})
except TypeError as e:
    print("TypeError:", e)
