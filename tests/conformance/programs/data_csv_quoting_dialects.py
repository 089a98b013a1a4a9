import csv, io
def w(rows, **kw):
    o = io.StringIO()
    try:
        wr = csv.writer(o, **kw)
        for r in rows: wr.writerow(r)
        print(repr(o.getvalue()))
    except Exception as e:
        print(type(e).__name__ + ':', e, '|', repr(o.getvalue()))
def r(text, **kw):
    try:
        rd = csv.reader(io.StringIO(text), **kw)
        print([row for row in rd])
    except Exception as e:
        print(type(e).__name__ + ':', e)
w([['a"b', 'c\nd', ' e ', '']], )
w([['a"b', 'c,d']], quoting=csv.QUOTE_NONE)
w([['a"b', 'c,d']], quoting=csv.QUOTE_NONE, escapechar='\\')
w([['a"b', 'c,d']], doublequote=False, escapechar='\\')
w([['a"b']], doublequote=False)
w([[1, 2.5, 'x', None, True]], quoting=csv.QUOTE_NONNUMERIC)
w([[1, 'x', None]], quoting=csv.QUOTE_ALL)
w([['']], )
w([[None]], )
w([['', '']], )
w([[' lead']], skipinitialspace=True)
w([['x\ry']], lineterminator='\n')
w([['a', 'b']], delimiter='')
w([['a']], delimiter='ab')
w([['a']], quotechar=None)
w([['a,b']], quotechar=None)
w([['a']], quoting=99)
w([5])
w(['abc'])
w([[1.0, 1e20, 0.1, -0.0, 10**20]])
w([['a\\b']], escapechar='\\', quoting=csv.QUOTE_NONE)
r('a,b\r\nc,d\r\n')
r('a,"b\nc",d\n')
r('a,"b"x,c\n')
r('a,"b"x,c\n', strict=True)
r('"a""b",c')
r('a\\,b,c', escapechar='\\')
r('a,b', quoting=csv.QUOTE_NONNUMERIC)
r('1,2.5,"x"', quoting=csv.QUOTE_NONNUMERIC)
r('"a,b",c', quoting=csv.QUOTE_NONE)
r('a;b|c', delimiter=';')
r('\n\na,b\n\n')
r('a, "b, c"', skipinitialspace=True)
r('a,"b\n')
r(' "a" ,b')
r('a\0b')
r('x' * 10 + ',y')
r('a,b,', )
r(',')
r('"",""')
for line in csv.DictReader(io.StringIO('a,b\n1,2,3,4\n5\n\n6,7\n'), restkey='rest', restval='?'):
    print(line)
dr = csv.DictReader(io.StringIO('x;y\n1;2\n'), delimiter=';')
print(dr.fieldnames, list(dr), dr.line_num)
dr = csv.DictReader(io.StringIO('1,2\n'), fieldnames=['p', 'q'])
print(list(dr))
o = io.StringIO()
dw = csv.DictWriter(o, ['a', 'b'], restval='NA', dialect='unix')
dw.writeheader(); dw.writerow({'a': 1}); dw.writerows([{'b': 'x y'}])
print(repr(o.getvalue()))
class D(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    lineterminator = '!\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
o = io.StringIO(); csv.writer(o, D).writerow(["it's", 'a:b']); print(repr(o.getvalue()))
try:
    class Bad(csv.Dialect):
        delimiter = ','
    csv.writer(io.StringIO(), Bad)
except Exception as e:
    print(type(e).__name__, e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == '\n', csv.unix_dialect.quoting)
rd = csv.reader(['a,b'])
print(rd.dialect.delimiter, rd.line_num)
wr = csv.writer(io.StringIO())
print(wr.dialect.delimiter, repr(wr.dialect.lineterminator))
print(wr.writerow(['abc', 'de']))
s = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', "'x';'y'\n'1';'2'\n", 'a\tb\n1\t2\n', 'one two three\n']:
    try:
        d = s.sniff(sample)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, d.quoting)
    except csv.Error as e:
        print('Error', e)
