# csv records that the reader splits in one go next to ones it parses character by
# character (quotes, escapes, embedded newlines, blank lines), with line_num kept right;
# and writer rows mixing str, int, float, None and bool under each quoting mode.
import csv
import io


def show(label, rows):
    print(label, rows)


text = ('id,name,qty\r\n'
        '1,plain,3\r\n'
        '\r\n'
        '2,"quoted, comma",4\r\n'
        '3,"multi\r\nline",5\r\n'
        '4,after,6\r\n'
        '5,"say ""hi""",7\r\n'
        '6,trailing,\r\n'
        ',,\r\n')
rd = csv.reader(io.StringIO(text, newline=""))
for row in rd:
    print(rd.line_num, row)

lines = ["a,b\n", "c,d", "e,\"f\n", "g\"\n", "h,i\n"]
rd = csv.reader(lines)
for row in rd:
    print(rd.line_num, row)

dr = csv.DictReader(io.StringIO("x,y\n\n1,2\n\n\n3,4,5\n6\n"), restkey="more")
for rec in dr:
    print(dr.line_num, rec)
print(dr.fieldnames, dr.line_num)

show("tabs", list(csv.reader(["a\tb\tc", "1\t\"2\t3\"\t4"], delimiter="\t")))
show("semis", list(csv.reader(["a;b;c\n", "1;2;3\n"], delimiter=";")))
show("escape", list(csv.reader(["a\\,b,c\n", "plain,row\n"], escapechar="\\")))
show("nonnumeric", list(csv.reader(['1,"x",2.5\n', '3,"y",4\n'],
                                  quoting=csv.QUOTE_NONNUMERIC)))
show("skipspace", list(csv.reader(['a, b,  c\n', 'd,e\n'], skipinitialspace=True)))
show("quote_none", list(csv.reader(['a,"b",c\n'], quoting=csv.QUOTE_NONE)))
try:
    list(csv.reader(["a,b\n", 'c,"d\n'], strict=True))
except csv.Error as e:
    print("Error:", e)
print(list(csv.reader(["a,b\n", 'c,"d\n'])))
try:
    list(csv.reader(["a,b\n", 3]))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader([b"a,b\n"]))
except csv.Error as e:
    print("Error:", e)
rd = csv.reader(["ok,1\n", "x\ry,2\n"])
print(next(rd))
try:
    next(rd)
except csv.Error as e:
    print("Error:", e, rd.line_num)

old = csv.field_size_limit(10)
try:
    print(list(csv.reader(["short,fields\n"])))
    list(csv.reader(["this field is too long,x\n"]))
except csv.Error as e:
    print("Error:", e)
finally:
    csv.field_size_limit(old)

rows = [["name", 1, 2.5, None, True, -7, ""], ["a,b", 10**20, 1e-9, "q\"uote", False, 0, "x"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    csv.writer(out, quoting=quoting).writerows(rows)
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerows(rows)
print("none", repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, delimiter="1").writerow([1, 21, 3, "a1b"])
csv.writer(out, delimiter="-").writerow([-1, 2, "x-y"])
print(repr(out.getvalue()))
out = io.StringIO()
csv.writer(out).writerow([""])
csv.writer(out).writerow([])
csv.writer(out).writerow(["line\nbreak", "cr\rhere", 5])
print(repr(out.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""])
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "label", "score"], restval="-")
dw.writeheader()
for i in range(5):
    dw.writerow({"id": i, "label": f"row {i}" if i % 2 else f"row,{i}", "score": i * 0.5})
dw.writerow({"id": 99})
print(out.getvalue())
back = list(csv.DictReader(io.StringIO(out.getvalue())))
print(len(back), back[1], back[-1])

# Many special characters (a long line terminator, an escape character), and 'e' or '.'
# as the delimiter, which numbers contain.
for params in ({"lineterminator": "<END>\n", "escapechar": "\\"}, {"delimiter": "e"},
               {"delimiter": "."}, {"delimiter": "i"}, {"quotechar": "1"}):
    out = io.StringIO()
    csv.writer(out, **params).writerow(["E<", 1.5e300, float("inf"), 12, "a.b", "q\"", "x\\y"])
    print(params, repr(out.getvalue()))
