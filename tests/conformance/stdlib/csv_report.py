import csv, io, os
from collections import defaultdict
sales = """region,product,units,price
North,Widget,10,2.50
South,Gadget,5,10.00
North,Gadget,3,10.00
East,Widget,7,2.50
South,Widget,12,2.45
"""
rows = list(csv.DictReader(io.StringIO(sales)))
print(rows[0], len(rows))
totals = defaultdict(float)
for r in rows:
    totals[r["region"]] += int(r["units"]) * float(r["price"])
for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{region:<6}{total:>8.2f}")
out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "total", "note"])
for region, total in sorted(totals.items()):
    w.writerow([region, round(total, 2), 'has "quotes", commas' if region == "North" else None])
print(out.getvalue(), end="")
import sys
path = os.path.join(sys.argv[1], "report.csv")
with open(path, "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["id", "name", "score"])
    dw.writeheader()
    for i, (n, s) in enumerate([("ann", 9.5), ("bob", 7), ("multi\nline", 3)]):
        dw.writerow({"id": i, "name": n, "score": s})
with open(path, newline="") as f:
    print(f.read().encode())
with open(path, newline="") as f:
    for rec in csv.reader(f):
        print(rec)
with open(path, newline="") as f:
    rd = csv.DictReader(f)
    print(rd.fieldnames, [dict(r) for r in rd], rd.line_num)
os.remove(path)
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")), list(csv.reader(["1;2;3"], delimiter=";")))
s = io.StringIO(); csv.writer(s, lineterminator="\n").writerow(["a\rb", "c"]); print(repr(s.getvalue()))
s = io.StringIO(); csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, "a", 2.5], [None, True, "x,y"]]); print(repr(s.getvalue()))
print(list(csv.reader(['"1",2,3.5'], quoting=csv.QUOTE_NONNUMERIC)))
