"""Inventory management report: OOP style with dataclasses, enums, json, csv."""
import csv, io, json, sys
from dataclasses import dataclass, field, asdict
from enum import Enum
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from typing import Optional

class Category(Enum):
    TOOLS = "tools"
    PARTS = "parts"
    MISC = "misc"

@dataclass
class Product:
    sku: str
    name: str
    category: Category
    unit_cost: Decimal
    qty: int = 0
    reorder_level: int = 5
    last_restock: Optional[date] = None

    @property
    def value(self) -> Decimal:
        return self.unit_cost * self.qty

    def needs_reorder(self) -> bool:
        return self.qty <= self.reorder_level

class Inventory:
    def __init__(self):
        self._items: dict[str, Product] = {}
        self.log: list[str] = []

    def add(self, p: Product) -> None:
        if p.sku in self._items:
            raise ValueError(f"duplicate SKU {p.sku!r}")
        self._items[p.sku] = p
        self.log.append(f"add {p.sku}")

    def adjust(self, sku: str, delta: int) -> int:
        try:
            p = self._items[sku]
        except KeyError:
            raise LookupError(f"unknown SKU: {sku}") from None
        if p.qty + delta < 0:
            raise ValueError(f"insufficient stock for {sku}: have {p.qty}, need {-delta}")
        p.qty += delta
        self.log.append(f"adjust {sku} {delta:+d}")
        return p.qty

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))

    def __len__(self):
        return len(self._items)

    def by_category(self):
        groups = defaultdict(list)
        for p in self:
            groups[p.category].append(p)
        return groups

SRC = """sku,name,category,unit_cost,qty,reorder_level,last_restock
T-100,Hammer,tools,12.50,10,3,2024-01-15
T-101,Screwdriver set,tools,24.99,2,5,
P-200,Bolt M6,parts,0.15,500,100,2024-02-01
P-201,Nut M6,parts,0.08,80,100,2023-12-20
M-300,"Duct tape, silver",misc,4.75,0,2,
"""
inv = Inventory()
for row in csv.DictReader(io.StringIO(SRC)):
    inv.add(Product(row['sku'], row['name'], Category(row['category']), Decimal(row['unit_cost']),
                    int(row['qty']), int(row['reorder_level']),
                    date.fromisoformat(row['last_restock']) if row['last_restock'] else None))
print(f"{len(inv)} products loaded")
for sku, delta in [('T-100', -4), ('P-201', 50), ('M-300', -1), ('X-999', 1), ('T-101', -2)]:
    try:
        print(sku, '->', inv.adjust(sku, delta))
    except (LookupError, ValueError) as e:
        print(f"error: {type(e).__name__}: {e}")
try:
    inv.add(Product('T-100', 'dup', Category.TOOLS, Decimal(1)))
except ValueError as e:
    print(e)
print(f"{'SKU':<7}{'Name':<20}{'Qty':>5}{'Value':>10}  Flag")
for p in inv:
    print(f"{p.sku:<7}{p.name:<20.20}{p.qty:>5}{p.value:>10.2f}  {'REORDER' if p.needs_reorder() else ''}")
for cat, items in sorted(inv.by_category().items(), key=lambda kv: kv[0].value):
    total = sum((p.value for p in items), Decimal('0'))
    print(f"{cat.name.title():>6}: {len(items)} items, total ${total:,.2f}")
today = date(2024, 3, 1)
for p in inv:
    if p.last_restock:
        age = today - p.last_restock
        print(p.sku, age.days, 'days', 'STALE' if age > timedelta(days=45) else 'fresh')
def encode(o):
    if isinstance(o, Decimal): return float(o)
    if isinstance(o, date): return o.isoformat()
    if isinstance(o, Enum): return o.value
    raise TypeError(repr(o))
report = {'generated': today, 'items': [asdict(p) for p in inv], 'log': inv.log}
text = json.dumps(report, default=encode, indent=2)
print(text[:400])
print(len(text), json.loads(text)['items'][1]['unit_cost'])
w = csv.writer(sys.stdout, lineterminator='\n')
w.writerow(['sku', 'value'])
w.writerows((p.sku, p.value) for p in inv)
