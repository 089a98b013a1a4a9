import re

LOG = """\
2024-01-15 08:23:11,402 INFO  [web.server] GET /index.html 200 1532 0.012s client=10.0.0.5
2024-01-15 08:23:12,007 WARN  [web.server] GET /missing 404 0 0.002s client=10.0.0.7
2024-01-15 08:24:00,555 ERROR [db.pool] Connection refused (retry 3/5) host=db-1.internal:5432
2024-01-15 08:24:01,010 INFO  [web.server] POST /api/v1/users 201 88 0.140s client=192.168.1.20
2024-01-15 08:25:45,999 DEBUG [cache] hit ratio=0.93 keys=10244
2024-01-15 08:26:02,123 ERROR [web.server] POST /api/v1/orders 500 13 1.502s client=10.0.0.5
2024-01-15 08:27:30,000 INFO  [auth] user 'alice' logged in from 10.0.0.5
2024-01-15 08:27:31,500 WARN  [auth] user "bob" failed login (attempt 2)
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<source>[\w.]+)\]\s
    (?P<msg>.*)$
""", re.X | re.M)

print(LINE.pattern.count('\n'), LINE.flags & re.X != 0, LINE.groups, sorted(LINE.groupindex.items()))
records = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(records))
for r in records[:3]:
    print(r)

levels = {}
for m in LINE.finditer(LOG):
    levels[m['level']] = levels.get(m['level'], 0) + 1
print(sorted(levels.items()))

REQ = re.compile(r'(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)s')
for m in REQ.finditer(LOG):
    print(m.group('method', 'status'), m.span(), m.start('path'), m.end('path'), float(m['secs']) * 1000)
slow = [m['path'] for m in REQ.finditer(LOG) if float(m['secs']) > 0.1]
print(slow)

ips = re.findall(r'\b(?:\d{1,3}\.){3}\d{1,3}\b', LOG)
print(ips)
print(re.findall(r'client=(\d+)\.(\d+)\.(\d+)\.(\d+)', LOG))
print(re.findall(r"user (['\"])(\w+)\1", LOG))

# sub with a function: mask IP addresses, keep the first octet
def mask(m):
    first = m.group(1)
    return f"{first}.x.x.x"
print(re.sub(r'\b(\d{1,3})(?:\.\d{1,3}){3}\b', mask, LOG.splitlines()[0]))
print(re.sub(r'(?P<k>\w+)=(?P<v>\S+)', r'\g<v>:=\g<k>', LOG.splitlines()[2]))
print(re.subn(r'\d', '#', '2024-01-15 08:23'))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) * 2), 'a1b22c333', count=2))

# lookahead / lookbehind
print(re.findall(r'(?<=\[)[\w.]+(?=\])', LOG))
print(re.findall(r'\b\w+(?=\s+logged)', LOG))
print(re.findall(r'(?<!\d)\d{3}(?!\d)', 'x 200 1234 404 5 500'))
print(re.split(r'(?<=[.!?]) +', 'One. Two! Three? Four.'))

# split with groups and maxsplit
print(re.split(r'(\s*[,;]\s*)', 'a , b;c ;d'))
print(re.split(r'[,;]', 'a,b;c;d', maxsplit=2))
print(re.split(r'(?:x)*', 'axbxxc'))
print(re.split(r'\b', 'hi there'))

# flags
print(re.findall(r'^error.*$', LOG, re.I | re.M)[:2])
print(re.search(r'INFO.*?auth', LOG, re.S).span())
print(re.search(r'INFO.*?auth', LOG) is None)
print(re.findall(r'(?i)warn\w*', LOG))
print(re.match(r'(?x) \d+  # digits\n  -', '2024-01').group())

# fullmatch / match / search differences
for pat in [r'\d+', r'\d+-\d+', r'.*']:
    print(pat, bool(re.match(pat, '12-34')), bool(re.fullmatch(pat, '12-34')), re.search(pat, 'ab12-34').group())

# expand and backreferences
m = re.search(r'(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)', LOG)
print(m.expand(r'\g<d>/\g<mo>/\g<y>'), m.expand(r'\3.\2.\1'), m.lastgroup, m.lastindex)
print(m.groups(), m.group(0, 1), m.regs if hasattr(m, 'regs') else None)
print(re.sub(r'(\w)\1', r'<\1\1>', 'bookkeeper'))
print(re.findall(r'\b(\w+)\s+\1\b', 'this is is a test test of the the thing'))

# escape
special = 'a.b*c+d?(e)[f]{g}^h$i|j\\k l'
print(re.escape(special))
print(bool(re.fullmatch(re.escape(special), special)))
print(re.escape('path/to-file_1.txt'))

# compiled pattern reprs and attributes
for p in [re.compile(r'\d+'), re.compile('abc', re.I), re.compile(r'x\n', re.M | re.S), re.compile(rb'\x00+'), re.compile('a', re.X | re.A)]:
    print(repr(p), p.flags, p.groups)
print(repr(re.compile(r'(\d+)').match('42abc')))
print(repr(re.search('b+', 'abbbc')))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
