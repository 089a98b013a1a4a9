import csv, io, sys, os
text = '''name;age;city
"Smith; John";42;"New
York"
Jane;;Paris
"O""Brien";33;Dublin
'''
sn = csv.Sniffer()
d = sn.sniff(text)
print(d.delimiter, repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting)
print(sn.has_header(text))
for row in csv.reader(io.StringIO(text), d):
    print(row)
for row in csv.DictReader(io.StringIO(text), dialect=d):
    print(row)
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["a", 1, 2.5, None, True, "x\"y"])
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1, 2.5, None, "", "x,y"])
w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, delimiter="\t")
w.writerow(["a b", "c\td", "", None, "e\nf", " lead"])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"q', "n\nl"])
try:
    w = csv.writer(out, quoting=csv.QUOTE_NONE)
    w.writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
print(repr(out.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, skipinitialspace=True)
print(sorted(csv.list_dialects()))
print(list(csv.reader(["a| b |c", '"x|y"| z'], "pipes")))
dd = csv.get_dialect("pipes")
print(dd.delimiter, dd.skipinitialspace, dd.quoting, dd.strict)
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "name", "score"], extrasaction="ignore", restval="NA")
dw.writeheader()
dw.writerows([{"id": 1, "name": "a", "score": 3.5, "junk": 1}, {"id": 2, "name": "b"}])
print(buf.getvalue())
dw2 = csv.DictWriter(io.StringIO(), fieldnames=["id"])
try:
    dw2.writerow({"id": 1, "zz": 2, "yy": 3})
except ValueError as e:
    print("VE", e)
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n\n6,7\n"), restkey="rest", restval="?")
for row in r:
    print(row, r.line_num)
rr = csv.reader(io.StringIO('a,"b\nc",d\ne,f\n'))
for row in rr:
    print(row, rr.line_num)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['a,"b'])))
try:
    list(csv.reader(['"a"b,c'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(['1,"2",3'], quoting=csv.QUOTE_NONNUMERIC)))
try:
    print(list(csv.reader(['1,x,3'], quoting=csv.QUOTE_NONNUMERIC)))
except ValueError as e:
    print("VE", e)
print(csv.field_size_limit())
class MyDialect(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    skipinitialspace = False
o = io.StringIO()
csv.writer(o, MyDialect).writerow(["a:b", "c'd", "e"])
print(repr(o.getvalue()))
print(list(csv.reader(io.StringIO(o.getvalue()), MyDialect)))
try:
    csv.writer(io.StringIO(), delimiter="ab")
except TypeError as e:
    print("TE", e)
try:
    csv.writer(io.StringIO(), quotechar=None)
except TypeError as e:
    print("TE", e)
try:
    csv.reader(io.StringIO(), bogus=1)
except TypeError as e:
    print("TE", e)
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), csv.unix_dialect.quoting)
s = csv.Sniffer().sniff("a,b,c\n1,2,3\n4,5,6\n")
print(s.delimiter, csv.Sniffer().has_header("a,b,c\n1,2,3\n4,5,6\n"))
try:
    csv.Sniffer().sniff("")
except csv.Error as e:
    print("Error:", e)
s = csv.Sniffer().sniff("x y z\n1 2 3\n", delimiters=" ")
print(repr(s.delimiter))
