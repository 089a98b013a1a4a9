import csv, io
def show(rows, **kw):
    b = io.StringIO()
    try:
        csv.writer(b, **kw).writerows(rows)
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
    print(repr(b.getvalue()))
show([[1.0, 1/3, 1e20, -0.0, 10**20, complex(1, 2), True, None, b"x"]])
show([["a\rb", "c\r\nd", "'", '"', ""]], quotechar="'")
show([['x"y', "z"]], doublequote=False, escapechar="\\")
try:
    show([['x"y']], doublequote=False)
except Exception as e:
    print("X", e)
show([["a\\b", "c,d"]], escapechar="\\", quoting=csv.QUOTE_NONE)
show([[""], [None], []])
show([[" x ", "y"]], skipinitialspace=True)
show(["abc", [1, 2]])
try:
    show([1])
except Exception as e:
    print("X", type(e).__name__, e)
show([["a", "b"]], lineterminator="|")
show([["", ""]], quoting=csv.QUOTE_NONNUMERIC)
show([["\u00e9", "日本"]])
def read(text, **kw):
    try:
        print(list(csv.reader(io.StringIO(text, newline=""), **kw)))
    except csv.Error as e:
        print("Error:", e)
read('a, "b, c", d\n', skipinitialspace=True)
read('a, "b, c", d\n')
read('a\rb\rc')
read('a,b\r\n\r\nc,d\r\n')
read('"a""b",c')
read('"a""b",c', doublequote=False)
read('a\\,b,c', escapechar="\\")
read('"a\\"b",c', escapechar="\\", doublequote=False)
read('a,b,', )
read(',', )
read('"",""')
read('x;y;"z;w"', delimiter=";")
read("'a,b',c", quotechar="'")
read('a b  c', delimiter=" ")
read('a b  c', delimiter=" ", skipinitialspace=True)
read('"unterminated\n')
read('"unterminated\n', strict=True)
read('a,"b"c')
read('a,"b"c', strict=True)
read('1,2.5,"x"', quoting=csv.QUOTE_NONNUMERIC)
read('a\x00b')
try:
    list(csv.reader([b"a,b"]))
except csv.Error as e:
    print("Error:", e)
try:
    list(csv.reader([1]))
except csv.Error as e:
    print("Error:", e)
try:
    csv.reader(5)
except TypeError as e:
    print("TE", e)
old = csv.field_size_limit(10)
read("a" * 11)
read('"' + "b" * 11 + '"')
csv.field_size_limit(old)
r = csv.reader(["a,b", "c"])
print(r.dialect.delimiter, r.line_num, next(r), r.line_num)
w = csv.writer(io.StringIO())
print(w.dialect.lineterminator == "\r\n", w.writerow(["abc", 1]))
dr = csv.DictReader(io.StringIO("x,y\n1,2\n"), fieldnames=None)
print(dr.fieldnames, list(dr), dr.line_num)
dr = csv.DictReader(io.StringIO(""))
print(dr.fieldnames, list(dr))
dr = csv.DictReader(["h1,h2", "a,b"], ["c1", "c2"])
print(list(dr))
dw = csv.DictWriter(io.StringIO(), ["a"], extrasaction="bogus") if False else None
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bogus")
except ValueError as e:
    print("VE", e)
sn = csv.Sniffer()
for sample in ["a;b;c\n1;2;3\n", "name\tage\nx\t1\ny\t2\n", "'a','b'\n'c','d'\n", 'x|y\n"1|2"|3\n', "a:b:c\nd:e:f\n"]:
    try:
        d = sn.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, sn.has_header(sample))
    except csv.Error as e:
        print("Error:", e)
