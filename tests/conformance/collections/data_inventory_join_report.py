# inventory join / dedupe / report
import json, sys
from collections import defaultdict, OrderedDict, Counter, namedtuple
from itertools import chain, groupby, zip_longest, product, combinations
from functools import reduce, partial
from operator import itemgetter, attrgetter, methodcaller

products = [
    {"sku": "A-100", "name": "Bolt", "unit": 0.12, "cat": "hardware"},
    {"sku": "A-101", "name": "Nut", "unit": 0.05, "cat": "hardware"},
    {"sku": "B-200", "name": "Glue", "unit": 3.5, "cat": "adhesive"},
    {"sku": "C-300", "name": "Tape", "unit": 1.99, "cat": "adhesive"},
    {"sku": "D-400", "name": "Saw", "unit": 24.0, "cat": "tools"},
]
orders = [
    ("o1", "A-100", 500), ("o1", "A-101", 500), ("o2", "B-200", 2), ("o3", "Z-999", 1),
    ("o3", "D-400", 1), ("o4", "A-100", 250), ("o4", "C-300", 12), ("o2", "B-200", 2),
]
by_sku = {p["sku"]: p for p in products}
seen = set(); dedup = []
for o in orders:
    if o not in seen:
        seen.add(o); dedup.append(o)
print(len(orders), len(dedup))
lines = []
missing = []
for oid, sku, qty in dedup:
    p = by_sku.get(sku)
    if p is None:
        missing.append((oid, sku)); continue
    lines.append({"order": oid, **p, "qty": qty, "total": round(p["unit"] * qty, 2)})
print("missing:", missing)
lines.sort(key=itemgetter("order", "sku"))
w = {"order": 6, "sku": 7, "name": 6, "qty": 5, "total": 9}
print(" ".join(k.upper().ljust(v) for k, v in w.items()))
for ln in lines:
    print(" ".join((f"{ln[k]:.2f}" if isinstance(ln[k], float) else str(ln[k])).ljust(v) for k, v in w.items()))
order_tot = OrderedDict()
for oid, grp in groupby(lines, key=itemgetter("order")):
    order_tot[oid] = sum(map(itemgetter("total"), grp))
print(order_tot)
print(max(order_tot.items(), key=itemgetter(1)))
cat_qty = Counter()
for ln in lines:
    cat_qty[ln["cat"]] += ln["qty"]
print(cat_qty.most_common())
print(sorted(cat_qty.items(), key=lambda kv: (-kv[1], kv[0])))
pairs = Counter()
for oid, grp in groupby(lines, key=itemgetter("order")):
    skus = sorted(l["sku"] for l in grp)
    for a, b in combinations(skus, 2):
        pairs[(a, b)] += 1
print(pairs)
matrix = {(c, o): 0 for c, o in product(sorted({p["cat"] for p in products}), order_tot)}
for ln in lines:
    matrix[(ln["cat"], ln["order"])] += ln["qty"]
cats = sorted({c for c, _ in matrix})
print("cat".ljust(10) + "".join(o.rjust(6) for o in order_tot))
for c in cats:
    print(c.ljust(10) + "".join(str(matrix[(c, o)]).rjust(6) for o in order_tot))
print(json.dumps(lines[:2], indent=2))
print(json.dumps(order_tot))
upper = list(map(methodcaller("upper"), (p["name"] for p in products)))
print(upper, list(zip_longest(upper, range(3), fillvalue=None)))
total = reduce(lambda acc, ln: acc + ln["total"], lines, 0.0)
print(f"Grand total: {total:,.2f} ({len(lines)} lines, {len(order_tot)} orders)")
print(f"{'x':^10}|{total:^12.1f}|{len(lines):^5d}|{'%':>3}")
fmt = partial("{:>8.3f}".format)
print(list(map(fmt, [1, 2.5, 1/3])))
Row = namedtuple("Row", ["order", "sku", "qty"])
rows = list(map(Row._make, dedup))
print(sorted(rows, key=attrgetter("qty", "sku"), reverse=True)[:3])
flat = list(chain.from_iterable((r.order, r.sku) for r in rows))
print(flat[:6], len(set(flat)))
index = defaultdict(set)
for r in rows:
    index[r.sku].add(r.order)
print({k: sorted(v) for k, v in sorted(index.items())})
inv = {o: sorted({r.sku for r in rows if r.order == o}) for o in sorted({r.order for r in rows})}
print(inv)
