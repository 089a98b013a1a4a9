# A small data-processing script: parse records, group, aggregate and format a report,
# touching the methods of most built-in types along the way.

RAW = """\
sku,name,category,qty,price,tags
A-100,Widget,tools,12,2.50,metal;small
A-101,Gadget,tools,3,12.00,metal
B-200,Teapot,kitchen,7,18.75,ceramic;gift
B-201,Mug,kitchen,25,4.20,ceramic
C-300,Notebook,office,40,1.99,paper;gift
C-301,Pen,office,120,0.45,
C-302,Stapler,office,0,7.80,metal
"""

lines = RAW.strip().splitlines()
header = lines[0].split(",")
records = []
for line in lines[1:]:
    row = dict(zip(header, line.split(",")))
    row["qty"] = int(row["qty"])
    row["price"] = float(row["price"])
    row["tags"] = frozenset(t for t in row["tags"].split(";") if t)
    records.append(row)

by_cat = {}
for r in records:
    by_cat.setdefault(r["category"], []).append(r)

print(f"{'category':<10}{'items':>6}{'units':>7}{'value':>10}")
for cat in sorted(by_cat):
    items = by_cat[cat]
    units = sum(r["qty"] for r in items)
    value = sum(r["qty"] * r["price"] for r in items)
    print(f"{cat:<10}{len(items):>6}{units:>7}{value:>10.2f}")

all_tags = set().union(*(r["tags"] for r in records))
print("tags:", sorted(all_tags))
tag_index = {t: sorted(r["sku"] for r in records if t in r["tags"]) for t in sorted(all_tags)}
for t, skus in tag_index.items():
    print(f"  {t:>8}: {', '.join(skus)}")

out_of_stock = [r["name"] for r in records if not r["qty"]]
cheap = sorted((r for r in records if r["price"] < 5), key=lambda r: (-r["qty"], r["sku"]))
print("out of stock:", out_of_stock)
print("cheap:", [(r["sku"], r["qty"]) for r in cheap])

prefix_counts = {}
for r in records:
    p = r["sku"].partition("-")[0]
    prefix_counts[p] = prefix_counts.get(p, 0) + 1
print(prefix_counts, max(prefix_counts, key=prefix_counts.get))

names = [r["name"] for r in records]
print(" | ".join(n.upper().center(10, ".") for n in names[:3]))
print([n.lower().replace("o", "0") for n in names if "o" in n.lower()])
print(sorted(names, key=len), sorted(names, key=str.casefold, reverse=True)[:2])

codes = bytes(r["qty"] % 256 for r in records)
print(codes, codes.hex(), list(bytearray(codes))[:4], codes.count(0))
total = round(sum(r["qty"] * r["price"] for r in records), 2)
print(total, f"{total:,.1f}", int(total).bit_length(), divmod(int(total), 7))
ranked = sorted(enumerate(names, 1), key=lambda p: p[1])
print(ranked[:3], list(reversed(range(len(names))))[:3], tuple(map(len, names)))
