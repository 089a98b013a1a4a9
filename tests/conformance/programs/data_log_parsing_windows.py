import re
from datetime import datetime, timedelta
from collections import Counter, defaultdict, deque
from statistics import mean
import bisect

LOG = """\
2024-03-10 08:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5 ms=12
2024-03-10 08:00:07 WARN  [db] slow query table=orders ms=1530
2024-03-10 08:01:15 INFO  [auth] user=bob action=login ip=10.0.0.9 ms=9
2024-03-10 08:02:00 ERROR [api] status=500 path=/v1/orders ms=88
2024-03-10 08:02:30 INFO  [api] status=200 path=/v1/items ms=43
2024-03-10 08:05:59 INFO  [auth] user=alice action=logout ip=10.0.0.5 ms=3
2024-03-10 08:06:00 ERROR [db] deadlock table=items ms=2001
2024-03-10 08:10:10 INFO  [api] status=404 path=/v1/nothing ms=5
malformed line here
2024-03-10 08:11:11 DEBUG [cache] hit key=abc ms=1
"""
pat = re.compile(r"^(?P<ts>\S+ \S+) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<rest>.*)$")
entries, bad = [], 0
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = pat.match(line)
    if not m:
        bad += 1
        print(f"line {lineno}: cannot parse {line!r}")
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S")
    kv = dict(p.split("=", 1) for p in d.pop("rest").split() if "=" in p)
    d.update(kv)
    d["ms"] = int(d.get("ms", 0))
    entries.append(d)
print(len(entries), "parsed,", bad, "bad")
levels = Counter(e["level"] for e in entries)
print(levels.most_common())
comp_ms = defaultdict(list)
for e in entries:
    comp_ms[e["comp"]].append(e["ms"])
for comp, ms in sorted(comp_ms.items(), key=lambda x: -max(x[1])):
    print(f"{comp:<6} max={max(ms):>5} mean={mean(ms):>8.2f} calls={len(ms)}")
times = [e["ts"] for e in entries]
start = times[0]
buckets = [start + timedelta(minutes=5 * i) for i in range(4)]
for e in entries:
    idx = bisect.bisect_right(buckets, e["ts"]) - 1
    print(e["ts"].time(), "bucket", idx, buckets[idx].strftime("%H:%M"))
window = deque(maxlen=3)
for e in entries:
    window.append(e["ms"])
    print(f"{e['level']:<5} rolling={sum(window) / len(window):8.2f}", list(window))
sessions = {}
for e in entries:
    if e.get("action") == "login":
        sessions[e["user"]] = e["ts"]
    elif e.get("action") == "logout":
        dur = e["ts"] - sessions.pop(e["user"])
        print(e["user"], "session", dur, dur.total_seconds())
print("still logged in:", sorted(sessions))
errs = [e for e in entries if e["level"] == "ERROR"]
print(*(f"{e['ts']:%H:%M:%S}/{e['comp']}" for e in errs), sep=" | ")
paths = sorted({e["path"] for e in entries if "path" in e}, key=len)
print(paths)
status = Counter(int(e["status"]) // 100 * 100 for e in entries if "status" in e)
print(dict(sorted(status.items())))
print(re.sub(r"ip=(\d+)\.(\d+)\.\d+\.\d+", r"ip=\1.\2.x.x", LOG.splitlines()[0]))
