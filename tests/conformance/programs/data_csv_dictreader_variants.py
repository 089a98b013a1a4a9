import csv, io
from collections import defaultdict
src = 'region;rep;"amount ; eur";date\nNorth;"Ann ""A."" Lee";1200,50;2024-01-03\nSouth;Bob;  300,00 ;2024-01-04\n\nNorth;Cy;99,99;2024-02-01;EXTRA\nEast;Di\n'
rd = csv.DictReader(io.StringIO(src), delimiter=";", restkey="_extra", restval="N/A", skipinitialspace=True)
rows = list(rd)
print(rd.fieldnames, rd.line_num)
for r in rows:
    print(r)
tot = defaultdict(float)
for r in rows:
    try:
        tot[r["region"]] += float(r["amount ; eur"].strip().replace(",", "."))
    except ValueError as e:
        print("skip:", e)
print(dict(tot))
out = io.StringIO()
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
w.writerows([["a\tb", "plain", 'q"uote', "multi\nline", None, 1.5, True, ""], [], ["x"]])
print(repr(out.getvalue()))
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    o = io.StringIO()
    try:
        csv.writer(o, quoting=q, escapechar="\\").writerow(["a,b", 3, 2.5, "c\"d", None])
        print(q, repr(o.getvalue()))
    except csv.Error as e:
        print(q, "Error:", e)
print(list(csv.reader(['a,"b,c",d', '"x""y",,z', ' s , "t" '])))
print(list(csv.reader(["1,'a,b',2"], quotechar="'")), list(csv.reader(["a|b|c"], delimiter="|")))
print(list(csv.reader(io.StringIO('"unterminated\nnext",1\n'))))
try:
    list(csv.reader(['"a"b,c'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['"a"b,c'])))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
o = io.StringIO()
csv.writer(o, dialect="pipes").writerow([1, "two", None])
print(repr(o.getvalue()), sorted(d for d in csv.list_dialects() if d in ("pipes", "excel", "excel-tab", "unix")))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote)
sn = csv.Sniffer()
sample = "id,name,score\n1,ann,3.5\n2,bob,4.0\n"
dia = sn.sniff(sample)
print(dia.delimiter, sn.has_header(sample))
dw = csv.DictWriter(o2 := io.StringIO(), fieldnames=["k", "v"], extrasaction="ignore", lineterminator="\n")
dw.writeheader()
dw.writerow({"k": 1, "v": 2, "zz": 3})
print(repr(o2.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    csv.writer(io.StringIO(), delimiter="ab")
except TypeError as e:
    print("TypeError:", e)
print(csv.field_size_limit(), csv.QUOTE_MINIMAL, csv.__name__)
