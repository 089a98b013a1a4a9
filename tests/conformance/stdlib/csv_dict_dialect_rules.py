# csv: DictReader's header, short and long records, blank lines and line_num; DictWriter's
# extrasaction and restval; Dialect classes and their validation.
import csv
import io

text = "name,age,city\r\nann,31,Oslo\r\n\r\nbob,27\r\ncy,40,Rome,extra,more\r\n,,\r\n"
r = csv.DictReader(io.StringIO(text), restkey="REST", restval="?")
print(r.line_num, r.fieldnames, r.line_num)
for rec in r:
    print(r.line_num, rec)
print(r.line_num)

r = csv.DictReader(io.StringIO(text))
print(next(r), r.line_num, r.fieldnames)
print(list(r))
r = csv.DictReader(["x;y", "1;2;3"], delimiter=";")
print(list(r))

r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, r.line_num, list(r))
r = csv.DictReader(io.StringIO("\r\n\r\n"))
print(r.fieldnames, r.line_num, list(r))
r = csv.DictReader(io.StringIO("\r\nh1,h2\r\nv1,v2\r\n"))
print(list(r), r.fieldnames)

r = csv.DictReader(["1,2,3", "4,5"], fieldnames=("p", "q"))
print(r.line_num, list(r), r.line_num)
r = csv.DictReader(["1,2,3", "4,5"], fieldnames=["p", "q", "r", "s"], restval=0)
print(list(r))
r = csv.DictReader(["a,b", "1,2"])
r.fieldnames = ["A", "B"]
print(list(r), r.fieldnames)
r = csv.DictReader(["k,k,v", "1,2,3", "4"])
print(list(r))
r = csv.DictReader(iter(["h", "1", "", "", "2"]))
for rec in r:
    print(r.line_num, rec)
print(vars(csv.DictReader([], fieldnames=["z"]))["restkey"], r.dialect)

out = io.StringIO()
w = csv.DictWriter(out, ["id", "label", "score"], restval="NA")
print(w.writeheader())
print(w.writerow({"id": 1, "label": "one, two", "score": 1.5}))
w.writerows([{"id": 2}, {"label": 'q"uote', "id": 3}, {}])
print(repr(out.getvalue()))
try:
    w.writerow({"id": 1, "bogus": 2})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(out, ["a"], extrasaction="IGNORE")
w2.writerow({"a": 1, "b": 2})
print(w2.extrasaction, repr(out.getvalue()[-6:]))
w3 = csv.DictWriter(out, ["a"], extrasaction="Raise")
w3.writerow({"a": 1, "b": 2})
print("Raise is not checked")
for bad in ("skip", "RAISE "):
    try:
        csv.DictWriter(out, ["a"], extrasaction=bad)
    except ValueError as e:
        print("ValueError", e)
out = io.StringIO()
w = csv.DictWriter(out, ("x", "y"), dialect="excel-tab", quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerow({"x": 1.25, "y": "tab\there"})
print(repr(out.getvalue()))

for cls in (csv.excel, csv.excel_tab, csv.unix_dialect):
    d = cls()
    print(cls.__name__, repr(d.delimiter), repr(d.quotechar), d.doublequote,
          d.skipinitialspace, repr(d.lineterminator), d.quoting, d.escapechar, d._valid)
print(csv.Dialect._valid, csv.Dialect.delimiter, csv.Dialect.quoting)


class Pipes(csv.excel):
    delimiter = "|"
    quoting = csv.QUOTE_NONE
    escapechar = "\\"


out = io.StringIO()
csv.writer(out, Pipes).writerow(["a|b", "c"])
print(repr(out.getvalue()), Pipes()._valid)
for attrs in ({"delimiter": "::"}, {"quotechar": None, "quoting": csv.QUOTE_ALL},
              {"lineterminator": 5}, {"quoting": 9}, {"delimiter": None}):
    Bad = type("Bad", (csv.excel,), attrs)
    try:
        Bad()
        print("accepted", attrs)
    except csv.Error as e:
        print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
print(sorted(csv.list_dialects()))
csv.register_dialect("pipes", Pipes)
print(csv.get_dialect("pipes").delimiter)
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)
