import csv, io, json
from collections import Counter, defaultdict, OrderedDict, ChainMap, deque, namedtuple

data = """name,dept,salary,start
"Smith, John",Eng,120000,2019-03-01
Jane Doe,Sales,85000,2020-07-15
"O""Brien",Eng,99000,2018-01-20
Li Wei,HR,70000,2021-11-30
Ana,Sales,91000,2017-05-05
"""
rows = list(csv.DictReader(io.StringIO(data)))
for r in rows:
    print(r)
by = defaultdict(list)
for r in rows:
    by[r['dept']].append(int(r['salary']))
for k, v in sorted(by.items()):
    print(k, sum(v), len(v), sum(v)/len(v))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['name', 'dept'], extrasaction='ignore', quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerows(rows)
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter=';', quotechar="'", quoting=csv.QUOTE_MINIMAL, lineterminator='\n')
w.writerow(['a;b', "it's", 1, 2.5, None, ''])
w.writerow([])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'b': 1})
except ValueError as e:
    print('VE', e)
print(csv.list_dialects())
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, 'pipes').writerow([1, 'x', None])
print(repr(out.getvalue()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, d.lineterminator == '\r\n', d.doublequote, d.skipinitialspace)
try:
    csv.get_dialect('nope')
except csv.Error as e:
    print('Error', e)
r = csv.reader(['a, b,  "c,d"', '1,2'], skipinitialspace=True)
for row in r:
    print(row, r.line_num)
try:
    list(csv.reader(['"abc'], strict=True))
except csv.Error as e:
    print('Error', e)
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))
sn = csv.Sniffer()
dia = sn.sniff("a;b;c\n1;2;3\n")
print(dia.delimiter)
print(sn.has_header("name,age\nbob,3\nal,44\n"))
c = Counter(r['dept'] for r in rows)
print(c, c.most_common(1), c.total())
c2 = Counter('abracadabra')
print(c2.most_common())
print(c2 - Counter('aab'), c2 & Counter('aaz'), c2 | Counter('zzz'))
c2.subtract({'a': 10})
print(c2, +c2, -c2)
print(sorted(Counter(a=2, b=1).elements()))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(json.dumps(rows[:2], indent=2, sort_keys=True))
print(json.dumps({'x': [1, 2, {'y': None}]}, separators=(',', ':')))
print(json.dumps("héllo\u2603\n"), json.dumps("héllo", ensure_ascii=False))
