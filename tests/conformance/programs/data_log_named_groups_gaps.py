import re
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012
2024-03-01 12:00:02 WARN  [web] GET /missing 404 0.003
2024-03-01 12:00:05 ERROR [db] Connection refused (host=10.0.0.5, port=5432)
2024-03-01 12:01:00 INFO  [web] POST /api/v1/users 201 0.140
2024-03-01 12:01:30 DEBUG [cache] hit ratio=0.93
2024-03-01 12:02:00 ERROR [web] GET /api/v1/users/42 500 1.203
2024-03-01 12:03:00 INFO  [web] GET /index.html 200 0.010
"""
pat = re.compile(r'^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$', re.M)
levels = Counter()
by_comp = defaultdict(list)
for m in pat.finditer(LOG):
    levels[m['level']] += 1
    by_comp[m.group('comp')].append(m.span())
    if m.lastgroup != 'msg':
        print("odd", m.lastgroup)
print(levels)
print(sorted(by_comp.items()))
req = re.compile(r'(GET|POST) (\S+) (\d{3}) (\d+\.\d+)')
reqs = req.findall(LOG)
print(reqs)
slow = [r for r in reqs if float(r[3]) > 0.1]
print(slow)
m = re.search(r'host=(?P<host>[\d.]+), port=(?P<port>\d+)', LOG)
print(m.groupdict(), m.group(0), m.start('port'), m.end(), m.groups())
print(m.expand(r'\g<host>:\g<port> [\1]'))
def redact(mm):
    return '.'.join(['x'] * len(mm.group().split('.')))
print(re.sub(r'\d+\.\d+\.\d+\.\d+', redact, LOG.splitlines()[2]))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) * 2), 'a1b22c333', count=2))
print(re.subn(r'\s+', ' ', '  lots   of\t\tspace \n here '))
print(re.split(r'[,;]\s*', 'a, b;c ,d;  e'))
print(re.split(r'([,;])', 'a,b;c'))
print(re.split(r'x*', 'axbxxc'))
print(re.split(r'\b', 'hi there'))
print(re.findall(r'\b\w', 'hello big world'))
print(re.fullmatch(r'[a-z]+', 'abc1'), bool(re.fullmatch(r'[a-z]+', 'abc')))
ts = [datetime.strptime(f"{d} {t}", "%Y-%m-%d %H:%M:%S") for d, t in re.findall(r'^(\S+) (\S+)', LOG, re.M)]
gaps = [b - a for a, b in zip(ts, ts[1:])]
print(gaps)
print(max(gaps), sum(gaps, timedelta()), sum(gaps, timedelta()) / len(gaps))
print(re.compile(r'(?i)error').findall(LOG.lower()))
print(re.escape('a.b*c?d[e]f{1}-g h#'))
rx = re.compile(r'(?x) (\d+) \s* (?: - \s* (\d+) )?')
for s in ['10-20', '7', '3 - 4']:
    mm = rx.match(s)
    print(mm.groups(), mm.groups('none'), mm.lastindex)
print(repr(rx), rx.pattern[:10], rx.flags, rx.groups, rx.groupindex)
print(pat.groupindex)
print(re.sub(r'(?P<w>\w+)@(\w+)', r'\2 at \g<w>', 'joe@example bob@test'))
try:
    re.compile(r'(abc')
except re.error as e:
    print("re.error:", e, e.pos, e.msg)
try:
    re.sub(r'(a)', r'\2', 'a')
except re.error as e:
    print("re.error:", e)
