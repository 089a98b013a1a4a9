import sys, os, csv, json, io
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque, ChainMap
from itertools import groupby, accumulate, chain, islice, zip_longest, pairwise, starmap, tee, product
from functools import reduce, partial, lru_cache, total_ordering, cmp_to_key
from operator import itemgetter, attrgetter

tmp = sys.argv[1] if len(sys.argv) > 1 else "."
rows = [
    ("2023-01-05", "north", "widget", 3, 9.99),
    ("2023-01-06", "south", "gadget", 1, 24.5),
    ("2023-01-06", "north", "gadget", 2, 24.5),
    ("2023-02-01", "east", "widget", 10, 9.49),
    ("2023-02-11", "west", "doohickey", 7, 3.25),
    ("2023-02-15", "south", "widget", 4, 9.99),
    ("2023-03-01", "north", "doohickey", 12, 3.0),
    ("2023-03-02", "east", "gadget", 5, 22.0),
    ("2023-03-09", "west", "widget", 6, 9.75),
    ("2023-03-20", "south", "gadget", 2, 25.0),
]
path = os.path.join(tmp, "sales.csv")
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["date", "region", "product", "qty", "price"])
    w.writerows(rows)
with open(path, newline="") as f:
    print(repr(f.read()[:80]))
Sale = namedtuple("Sale", "date region product qty price")
with open(path, newline="") as f:
    rd = csv.DictReader(f)
    print(rd.fieldnames)
    sales = [Sale(r["date"], r["region"], r["product"], int(r["qty"]), float(r["price"])) for r in rd]
print(sales[0])
print(sales[0]._asdict())
print(sales[0]._replace(qty=100))
by_region = defaultdict(float)
for s in sales:
    by_region[s.region] += s.qty * s.price
for k, v in sorted(by_region.items(), key=itemgetter(1), reverse=True):
    print(f"{k:<8}{v:>10.2f}")
month = lambda s: s.date[:7]
for m, grp in groupby(sorted(sales, key=month), key=month):
    grp = list(grp)
    print(m, len(grp), sum(s.qty for s in grp), round(sum(s.qty*s.price for s in grp), 2))
c = Counter(s.product for s in sales)
print(c, c.most_common(2), c.total())
c2 = Counter({s.product: s.qty for s in sales})
print(c + c2, c - c2, c2 - c, c | c2, c & c2)
print(sorted(c.elements()))
# pivot
regions = sorted({s.region for s in sales})
products = sorted({s.product for s in sales})
pivot = defaultdict(lambda: defaultdict(int))
for s in sales:
    pivot[s.region][s.product] += s.qty
print("region".ljust(8) + "".join(p.rjust(11) for p in products) + "total".rjust(8))
for r in regions:
    print(r.ljust(8) + "".join(str(pivot[r][p]).rjust(11) for p in products) + str(sum(pivot[r].values())).rjust(8))
print(list(accumulate(s.qty for s in sales)))
print(list(accumulate([3,1,4,1,5,9,2,6], max)))
print(list(accumulate([1,2,3,4], lambda a,b: a*b, initial=10)))
print(list(pairwise("abcde")))
print(list(zip_longest("ab", [1,2,3], fillvalue="-")))
print(list(starmap(pow, [(2,3),(3,2),(10,0)])))
a, b = tee(iter(range(5)))
print(list(a), list(b))
print(list(islice(chain.from_iterable([[1,2],[3],[4,5,6]]), 1, None, 2)))
# json roundtrip
data = {"sales": [s._asdict() for s in sales[:3]], "totals": dict(by_region), "n": len(sales)}
jp = os.path.join(tmp, "out.json")
with open(jp, "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(jp) as f:
    txt = f.read()
print(txt[:300])
back = json.loads(txt, object_pairs_hook=OrderedDict)
print(type(back).__name__, list(back.keys()))
print(json.dumps(back["totals"], separators=(",", ":")))
print(json.dumps({"a": [1, 2.5, None, True, "é"]}, ensure_ascii=False))
print(json.dumps({"a": [1, 2.5, None, True, "é\n\t"]}))
dq = deque(maxlen=3)
for s in sales:
    dq.append(s.qty)
print(dq)
dq.rotate(1); print(dq)
dq.rotate(-2); print(dq)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm))
cm2 = cm.new_child({"c": 9})
print(cm2, cm2.parents)
