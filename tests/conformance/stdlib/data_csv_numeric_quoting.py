# csv writers with numeric-like values (Decimal, Fraction, bool) under each quoting, readers' line counting, dialect objects.
import csv, io, sys
from decimal import Decimal
from fractions import Fraction
o = io.StringIO()
w = csv.writer(o)
w.writerow([0.1, 1e20, 1/3, Decimal("1.10"), Fraction(1, 3), True, -0.0, float("nan"), 10**20, b"x", [1, 2], (3,), {"a": 1}])
print(repr(o.getvalue()))
o = io.StringIO()
w = csv.writer(o, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([Decimal("1.5"), Fraction(1, 2), True, "s", 3])
print(repr(o.getvalue()))
print(list(csv.reader(['"a",1.5,"2",,3'], quoting=csv.QUOTE_NONNUMERIC)))
r = csv.reader(io.StringIO("a,b\n\nc,d\n"))
print(list(r), r.line_num)
r = csv.reader(io.StringIO('a,"b\nc",d\ne'))
print(next(r), r.line_num, next(r), r.line_num)
sys.stdout.write("")
w = csv.writer(sys.stdout, lineterminator="\n", delimiter="\t")
w.writerow(["x", "y z", "tab\there"])
print(w.writerow(["ab", "c"]))
dw = csv.DictWriter(sys.stdout, fieldnames=("k", "v"), lineterminator="\n")
print(dw.writeheader())
dw.writerow({"k": 1, "v": None})
print(dw.fieldnames, dw.extrasaction if hasattr(dw, "extrasaction") else "")
dr = csv.DictReader(["k;v", "1;2"], delimiter=";")
print(next(dr), dr.line_num, dr.dialect, dr.restkey, dr.restval, dr.reader.line_num)
print(list(csv.reader(['a,"b"c"d",e'])), list(csv.reader(['"a""b"'])), list(csv.reader(['a"b'])), list(csv.reader([' "a"'])))
print(list(csv.reader(['x'], quotechar=None, quoting=csv.QUOTE_NONE)), list(csv.reader(['"x,y"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["a,b", "c"], lineterminator="\r")), list(csv.reader(["\ufeffa,b"])))
class D(csv.excel):
    delimiter = "|"
print(list(csv.reader(["1|2"], D)), D.delimiter, D.quoting, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == "\n", csv.unix_dialect.quoting)
csv.register_dialect("semi", delimiter=";", quotechar="'")
d = csv.get_dialect("semi")
print(d.delimiter, d.quotechar, type(d).__name__, csv.list_dialects()[-1])
csv.unregister_dialect("semi")
try:
    csv.unregister_dialect("semi")
except csv.Error as e:
    print(e)
try:
    csv.reader(["a"], dialect="semi")
except csv.Error as e:
    print(e)
try:
    csv.writer(io.StringIO(), delimiter="\n").writerow(["a"])
    print("ok")
except Exception as e:
    print(type(e).__name__, e)
try:
    csv.field_size_limit(5); list(csv.reader(["abcdefgh"]))
except csv.Error as e:
    print(e)
csv.field_size_limit(131072)
class Num:
    def __float__(self): return 2.5
    def __str__(self): return "num"
class Idx:
    def __index__(self): return 7
    def __str__(self): return "idx"
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    o = io.StringIO()
    csv.writer(o).writerow([])
    csv.writer(o, quoting=q).writerow([Num(), Idx(), 1j, None, "", "t", 0, False, Decimal("-0")])
    print(q, repr(o.getvalue()))
