# Parses an access log written to the scratch directory: regex fields, Counter totals,
# line iteration, seek/tell, a filtered copy, append and r+ updates, closed-file errors.
import os, sys, collections, re
base = sys.argv[1]
log = os.path.join(base, "access.log")
lines = [
    '10.0.0.1 - - [01/Jan/2024:10:00:00] "GET /index.html HTTP/1.1" 200 512',
    '10.0.0.2 - - [01/Jan/2024:10:00:05] "POST /api/login HTTP/1.1" 401 64',
    '10.0.0.1 - - [01/Jan/2024:10:01:00] "GET /about HTTP/1.1" 200 1024',
    'garbage line',
    '10.0.0.3 - - [01/Jan/2024:10:02:00] "GET /index.html HTTP/1.1" 304 0',
    '',
    '10.0.0.2 - - [01/Jan/2024:10:03:00] "GET /missing HTTP/1.1" 404 128',
]
with open(log, "w", encoding="utf-8") as f:
    for l in lines:
        print(l, file=f)
pat = re.compile(r'(\S+) - - \[(.*?)\] "(\w+) (\S+) \S+" (\d+) (\d+)')
by_ip = collections.Counter()
by_status = collections.defaultdict(list)
bad = 0
with open(log) as f:
    for lineno, line in enumerate(f, 1):
        line = line.rstrip("\n")
        m = pat.match(line)
        if not m:
            bad += 1
            print(f"line {lineno}: unparsable {line!r}")
            continue
        ip, ts, meth, path, st, size = m.groups()
        by_ip[ip] += int(size)
        by_status[int(st)].append(path)
print(by_ip.most_common())
for k in sorted(by_status):
    print(k, by_status[k])
print("bad", bad)
with open(log, "rb") as f:
    data = f.read()
print(len(data), data.count(b"\n"), data[:20])
with open(log) as f:
    print(f.readline(), end="")
    pos = f.tell()
    print(repr(f.readline()))
    f.seek(pos)
    print(repr(f.read(10)))
    print(f.readlines())
    print(f.tell() > pos)
out = os.path.join(base, "report.txt")
with open(log) as src, open(out, "w") as dst:
    for line in src:
        if "GET" in line:
            dst.write(line.upper())
with open(out) as f:
    print(f.read())
print(os.path.getsize(out))
with open(out, "a") as f:
    n = f.write("tail\n")
    print("wrote", n, f.tell())
with open(out, "r+") as f:
    f.seek(0, 2)
    print(f.tell())
    f.seek(0)
    f.write("XX")
with open(out) as f:
    print(f.read()[:30])
print(f.closed, f.name == out, f.mode, f.encoding)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
