"""A sales report over CSV with DictReader/DictWriter: missing and extra fields, restkey and
restval, custom dialects, numeric conversion, grouping, and writing the summary back out."""
import csv
import io
import sys

DATA = """\
region;rep;month;units;price;note
north;Ann;2024-01;12;9.99;
north;Bob;2024-01;7;19.50;"big; order"
south;Cid;2024-02;3;100;"said ""ok"" twice"
south;Ann;2024-02;20;9.99;
east;Dee;2024-03;5;45.00;late;extra1;extra2
west;Eve;2024-03
"""
csv.register_dialect("semi", delimiter=";", quotechar='"', skipinitialspace=False)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("semi")
print(d.delimiter, repr(d.quotechar), d.doublequote, d.lineterminator == "\r\n", d.quoting)
reader = csv.DictReader(io.StringIO(DATA), dialect="semi", restkey="overflow", restval="?")
print(reader.fieldnames, reader.line_num)
rows = list(reader)
for row in rows:
    print(reader.line_num, row)

totals = {}
for row in rows:
    try:
        amount = int(row["units"]) * float(row["price"])
    except ValueError as e:
        print("skip", row["rep"], "-", e)
        continue
    key = (row["region"], row["month"])
    totals[key] = totals.get(key, 0.0) + amount

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["region", "month", "revenue"], lineterminator="\n",
                   quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
for (region, month), revenue in sorted(totals.items()):
    w.writerow({"region": region, "month": month, "revenue": round(revenue, 2)})
w.writerows([{"region": "all", "revenue": round(sum(totals.values()), 2)}])
print(out.getvalue())
back = list(csv.DictReader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back[-1], type(back[0]["revenue"]).__name__)

try:
    w.writerow({"region": "x", "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
w2 = csv.DictWriter(sys.stdout, fieldnames=["a", "b"], extrasaction="ignore", restval="-")
w2.writerow({"a": 1, "zzz": 2})
try:
    csv.DictWriter(sys.stdout, fieldnames=["a"], extrasaction="maybe")
except ValueError as e:
    print("ValueError:", e)

plain = csv.DictReader(["x,y", "1,2", "", "3"], fieldnames=None)
print([r for r in plain], plain.line_num)
given = csv.DictReader(iter(["1,2,3"]), fieldnames=["p", "q"])
print(next(given), given.fieldnames)
lazy = csv.DictReader(iter(["1,2,3"]), fieldnames=iter(["p", "q"]))
try:
    print(next(lazy))
except TypeError as e:
    print("TypeError:", e)
buf = io.StringIO()
csv.DictWriter(buf, fieldnames=["k", "v", "k"]).writeheader()
print(repr(buf.getvalue()))
empty = csv.DictReader(io.StringIO(""))
print(empty.fieldnames, list(empty))

class Pipe(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = True

buf = io.StringIO()
pw = csv.writer(buf, Pipe)
pw.writerow(["a|b", "it's", " x", 1.5, None])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), Pipe)))
class Broken(csv.Dialect):
    delimiter = "::"
try:
    Broken()
except csv.Error as e:
    print("Error:", e)
for kw in [{"delimiter": ""}, {"quotechar": "ab"}, {"quoting": 9}, {"lineterminator": 5}, {"escapechar": 1}]:
    try:
        csv.reader([], **kw)
    except (TypeError, csv.Error) as e:
        print(kw, type(e).__name__, e)
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error:", e)
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))
