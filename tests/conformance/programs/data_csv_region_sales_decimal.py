import csv, io, json
from collections import defaultdict, Counter
from decimal import Decimal, ROUND_HALF_UP

data = """date,region,product,qty,price
2024-01-03,North,Widget,3,2.50
2024-01-04,South,Gadget,1,10.00
2024-01-04,North,Gadget,2,10.00
2024-01-05,East,"Widget, Deluxe",5,4.75
2024-01-06,South,Widget,10,2.50
2024-01-07,West,Doohickey,0,99.99
"""
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
totals = defaultdict(Decimal)
counts = Counter()
rows = []
for row in reader:
    amt = Decimal(row['price']) * int(row['qty'])
    totals[row['region']] += amt
    counts[row['product']] += int(row['qty'])
    rows.append(row)
print(dict(totals))
for region, t in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{region:<8}{t.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):>10}")
print(counts.most_common(2))
print(counts.most_common())
print(+counts, -counts)
c2 = Counter(Widget=5, Gizmo=2)
print(counts - c2, counts + c2, counts & c2, counts | c2)
print(counts.total())
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['region', 'total'], quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
for r, t in sorted(totals.items()):
    w.writerow({'region': r, 'total': float(t)})
print(out.getvalue())
print(repr(out.getvalue()))
out2 = io.StringIO()
w2 = csv.writer(out2, delimiter=';', lineterminator='\n', quotechar="'")
w2.writerows([["a;b", "c'd", 'e"f', None, 1.5, True]])
print(out2.getvalue(), end='')
print(json.dumps({k: str(v) for k, v in totals.items()}, indent=2, sort_keys=True))
try:
    json.dumps(totals)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps(totals, default=str, separators=(',', ':')))
print(json.dumps(rows[3], ensure_ascii=False))
bad = io.StringIO('a,b\n1,"2\n')
try:
    list(csv.reader(bad, strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(['a,"b""c",d', ' x , y '], skipinitialspace=True)))
