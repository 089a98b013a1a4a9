# Web-server access log analysis (inline data), typical scripting
import re, json
from collections import Counter, defaultdict, namedtuple
from datetime import datetime, timedelta
from itertools import groupby, accumulate, islice
from operator import itemgetter
from functools import reduce, cmp_to_key
LOG = """10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:13:56:01 +0000] "GET /about HTTP/1.1" 404 512
10.0.0.1 - - [10/Oct/2023:13:57:12 +0000] "POST /login HTTP/1.1" 302 0
10.0.0.3 - - [10/Oct/2023:14:01:00 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.2 - - [10/Oct/2023:14:03:44 +0000] "GET /img/logo.png HTTP/1.1" 200 10452
10.0.0.4 - - [10/Oct/2023:14:10:10 +0000] "GET /index.html HTTP/1.1" 500 77
10.0.0.1 - - [10/Oct/2023:15:00:00 +0000] "GET /about HTTP/1.1" 200 1200
bad line here
10.0.0.5 - - [11/Oct/2023:00:00:01 +0000] "DELETE /api/item/7 HTTP/1.1" 204 0"""
PAT = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) \S+" (?P<status>\d{3}) (?P<size>\d+)')
Hit = namedtuple('Hit', 'ip ts method path status size')
hits, bad = [], 0
for line in LOG.splitlines():
    m = PAT.match(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    hits.append(Hit(d['ip'], datetime.strptime(d['ts'], '%d/%b/%Y:%H:%M:%S %z'), d['method'], d['path'], int(d['status']), int(d['size'])))
print(len(hits), 'hits', bad, 'bad')
print(Counter(h.status // 100 * 100 for h in hits).most_common())
by_ip = defaultdict(list)
for h in hits: by_ip[h.ip].append(h)
for ip, hs in sorted(by_ip.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f'{ip:<10} {len(hs):>2} {sum(h.size for h in hs):>6} {hs[0].ts:%H:%M}-{hs[-1].ts:%H:%M}')
for hour, hs in groupby(hits, key=lambda h: h.ts.replace(minute=0, second=0)):
    hs = list(hs)
    print(hour.isoformat(), len(hs), list(accumulate(h.size for h in hs)))
gaps = [b.ts - a.ts for a, b in zip(hits, hits[1:])]
print(max(gaps), min(gaps), sum(gaps, timedelta()) / len(gaps))
top = sorted(Counter(h.path for h in hits).items(), key=itemgetter(1, 0), reverse=True)
print(top[:3])
def cmp(a, b):
    return (a.status > b.status) - (a.status < b.status) or (b.size - a.size)
print([(h.status, h.size) for h in sorted(hits, key=cmp_to_key(cmp))])
print(reduce(lambda acc, h: acc | {h.method}, hits, set()) == {'GET', 'POST', 'DELETE'})
summary = {'total_bytes': sum(h.size for h in hits), 'errors': [h._asdict() | {'ts': h.ts.isoformat()} for h in hits if h.status >= 400]}
print(json.dumps(summary, indent=2))
print(list(islice((h.path for h in hits if h.method == 'GET'), 2, None, 2)))
