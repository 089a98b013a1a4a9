# re in realistic programs: a log parser and an expression tokenizer.
import re

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 15ms user=alice
2024-03-01 12:00:02 WARN  [web] GET /missing 404 3ms user=bob
2024-03-01 12:00:05 ERROR [db] query failed: timeout after 3000ms (retry=2)
2024-03-01 12:01:10 INFO  [web] POST /api/items 201 48ms user=alice
garbage line without structure
2024-03-01 12:02:00 INFO  [worker] processed 1,234 jobs in 5.5s
2024-03-01 12:03:30 ERROR [web] GET /api/items/7 500 120ms user=carol
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<component>\w+)\]\s
    (?P<message>.*)$
""", re.VERBOSE)
REQUEST = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<ms>\d+)ms")
USER = re.compile(r"\buser=(\w+)")

by_level = {}
slow = []
users = {}
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print("line %d: unparsed: %r" % (n, line))
        continue
    d = m.groupdict()
    by_level[d["level"]] = by_level.get(d["level"], 0) + 1
    r = REQUEST.search(d["message"])
    if r:
        if int(r["ms"]) > 40:
            slow.append((r["path"], int(r["ms"])))
        u = USER.search(line)
        if u:
            users.setdefault(u.group(1), []).append(r.group("status"))
    print("%s %s %-5s %-6s %s" % (d["date"], d["time"], d["level"], d["component"],
                                  re.sub(r"\d+", "#", d["message"])))
print(sorted(by_level.items()))
print(slow)
print(sorted(users.items()))
print(re.findall(r"(\d+(?:,\d{3})*)(?:\.\d+)?\s*(?:ms|s|jobs)", LOG))
print(re.findall(r"^\S+ \S+ ERROR.*$", LOG, re.M))

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|//|[-+*/%()=,<>]=?|==)
  | (?P<STRING>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<SPACE>[ \t]+)
  | (?P<ERROR>.)
""", re.VERBOSE)

def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        kind = m.lastgroup
        if kind != "SPACE":
            out.append((kind, m.group()))
        pos = m.end()
    return out

for src in ['x = 3.14 * (radius ** 2)', 'total += price*1e-3 // 7', 's = "a \\"quoted\\" str" + \'x\'', 'a >= b != c ? d']:
    print(src)
    for kind, text in tokenize(src):
        print("   %-6s %r" % (kind, text))

# The same tokenizer through finditer, on a longer input.
src = " + ".join("v%d*%d.5" % (i, i) for i in range(300))
kinds = {}
for m in TOKEN.finditer(src):
    kinds[m.lastgroup] = kinds.get(m.lastgroup, 0) + 1
print(sorted(kinds.items()))

# Key=value config lines with quoting and comments.
CONFIG = '''
# comment
name = "pyseal runtime"
threads=4
ratio = 0.75   # trailing comment
path = '/usr/local/bin'
empty =
'''
pair = re.compile(r"""^\s*(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^#\s]*))\s*(?:\#.*)?$""", re.M)
for m in pair.finditer(CONFIG):
    key = m.group(1)
    value = next((g for g in m.groups()[1:] if g is not None), None)
    print(key, "=", repr(value), m.lastindex)

# Camel case to snake case, and back.
for name in ["parseHTTPResponse", "getX", "simpleTest", "already_snake"]:
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()
    camel = re.sub(r"_(\w)", lambda m: m.group(1).upper(), snake)
    print(name, snake, camel)
