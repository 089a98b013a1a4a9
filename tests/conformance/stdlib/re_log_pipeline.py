# A log-processing pipeline: parse, classify, redact and summarise a few thousand lines.
import re

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]
USERS = ["alice", "bob", "carol", "dave"]
lines = []
for i in range(2500):
    lvl = LEVELS[(i * 7) % 4]
    user = USERS[(i * 3) % 4]
    ms = (i * 37) % 1000
    ip = "10.%d.%d.%d" % (i % 7, (i * 13) % 256, (i * 29) % 256)
    if i % 5 == 0:
        msg = "login ok user=%s ip=%s took=%dms" % (user, ip, ms)
    elif i % 5 == 1:
        msg = "payment card=4111-1111-1111-%04d amount=%d.%02d EUR" % (i % 10000, i % 500, i % 100)
    elif i % 5 == 2:
        msg = 'GET /api/v%d/items/%d?sort=name&page=%d status=%d' % (1 + i % 2, i, i % 9, (200, 404, 500)[i % 3])
    elif i % 5 == 3:
        msg = "email to %s.%s@example.com queued" % (user, "x" * (i % 3))
    else:
        msg = "cache miss key=user:%d:profile ratio=0.%02d" % (i, i % 100)
    lines.append("2024-05-%02d %02d:%02d:%02d [%s] %s" % (1 + i % 28, i % 24, i % 60, (i * 7) % 60, lvl, msg))

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) \[(?P<level>[A-Z]+)\] (?P<msg>.*)$")
KV = re.compile(r"(\w+)=(\S+)")
CARD = re.compile(r"\b(\d{4})-(\d{4})-(\d{4})-(\d{4})\b")
EMAIL = re.compile(r"[\w.]+@[\w.]+")
REQ = re.compile(r"(?P<verb>GET|POST) (?P<path>/\S*?)(?:\?(?P<query>\S*))? status=(?P<status>\d{3})")

by_level = {}
keys = {}
statuses = {}
paths = {}
took_total = 0
redacted = []
for ln in lines:
    m = LINE.match(ln)
    if not m:
        continue
    lvl = m["level"]
    by_level[lvl] = by_level.get(lvl, 0) + 1
    msg = m.group("msg")
    for k, v in KV.findall(msg):
        keys[k] = keys.get(k, 0) + 1
        if k == "took":
            took_total += int(re.sub(r"\D", "", v))
    r = REQ.search(msg)
    if r:
        statuses[r["status"]] = statuses.get(r["status"], 0) + 1
        shape = re.sub(r"\d+", "N", r["path"])
        paths[shape] = paths.get(shape, 0) + 1
        if r["query"]:
            q = dict(part.split("=", 1) for part in re.split(r"&", r["query"]))
            assert set(q) == {"sort", "page"}
    msg = CARD.sub(lambda c: "****-****-****-" + c.group(4), msg)
    msg = EMAIL.sub("<email>", msg)
    redacted.append("%s %s" % (lvl[0], msg))

print(sorted(by_level.items()))
print(sorted(keys.items()))
print(sorted(statuses.items()), sorted(paths.items()))
print(took_total)
for r in redacted[:10]:
    print(r)
print(len(redacted), sum(len(r) for r in redacted))

# Words across all messages, most common first (ties alphabetical).
counts = {}
for ln in lines:
    for w in re.findall(r"[a-z]{3,}", ln):
        counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(top)

# finditer over one big joined text, with MULTILINE anchors.
blob = "\n".join(lines)
errors = [m.group(1) for m in re.finditer(r"^\S+ (\S+) \[ERROR\]", blob, re.M)]
print(len(errors), errors[:3], errors[-1])
print(len(re.findall(r"(?m)status=5\d\d$", blob)), re.subn(r"(?m)^2024-05-0", "D", blob)[1])
