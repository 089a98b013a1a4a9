"""A web access log report built with re: a VERBOSE pattern with named groups, finditer,
sub with a function, lookarounds, split with groups, fullmatch validation, flags, and the
messages of bad patterns."""
import re

LOG = """\
10.0.0.1 - alice [04/Mar/2023:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 1043 "-" "Mozilla/5.0"
10.0.0.2 - - [04/Mar/2023:10:00:05 +0000] "POST /api/v1/login HTTP/1.1" 401 87 "https://example.com/" "curl/7.88"
192.168.1.10 - bob [04/Mar/2023:10:01:17 +0000] "GET /static/app.js?v=3 HTTP/2.0" 304 0 "-" "Mozilla/5.0"
10.0.0.1 - alice [04/Mar/2023:10:02:00 +0000] "DELETE /api/v1/items/42 HTTP/1.1" 204 0 "-" "python-requests/2.31"
bad line here
10.0.0.3 - - [04/Mar/2023:10:03:33 +0000] "GET /search?q=caf%C3%A9&page=2 HTTP/1.1" 500 12 "-" "Mozilla/5.0"
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})      # client address
    \s+-\s+(?P<user>\S+)                 # ident is always '-'
    \s+\[(?P<when>[^\]]+)\]              # timestamp
    \s+"(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/[\d.]+)"
    \s+(?P<status>\d{3})\s+(?P<size>\d+)
    \s+"(?P<ref>[^"]*)"\s+"(?P<agent>[^"]*)"$
""", re.VERBOSE | re.MULTILINE)

print(LINE.groups, sorted(LINE.groupindex.items(), key=lambda kv: kv[1]))
by_status = {}
for m in LINE.finditer(LOG):
    d = m.groupdict()
    by_status.setdefault(d["status"][0] + "xx", []).append(d["path"])
    print(m.start(), m.end(), m.span("path"), d["ip"], d["user"], d["method"], d["path"],
          m.group("status", "size"), m.lastgroup, m.lastindex)
print(sorted(by_status.items()))
print([line for line in LOG.splitlines() if not LINE.match(line)])

# sub with a function: mask the last octet and the user.
def mask(m):
    return m.group(1) + ".x"
print(re.sub(r"\b(\d+\.\d+\.\d+)\.\d+\b", mask, LOG.splitlines()[2]))
print(re.sub(r"(?<=- )(?!-)\w+(?= \[)", lambda m: "*" * len(m.group()), LOG))
print(re.subn(r"HTTP/(\d)\.(\d)", r"HTTP-\2-\1", LOG)[1])
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1&b=2&c=3"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "|", "abc"))

# query-string split with groups, lookbehind/lookahead
print(re.split(r"([?&=])", "/search?q=caf%C3%A9&page=2"))
print(re.split(r"(?<=[a-z])(?=[A-Z])", "camelCaseWordsHere"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d", maxsplit=2))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.findall(r"(?<!\d)\d{3}(?!\d)", "200 1043 87 304 12345 500"))
print(re.findall(r"(\w+)@(\w+)\.com", "alice@example.com, bob@test.com"))
print(re.findall(r"\b\w", "the quick brown"))

# validation with fullmatch and flags
for s in ["10.0.0.1", "10.0.0", "256.1.1.1x", " 10.0.0.1"]:
    print(s, bool(re.fullmatch(r"\d{1,3}(\.\d{1,3}){3}", s)))
print(re.findall(r"^get", "GET /a\nget /b\nGeT /c", re.I | re.M))
print(re.search(r"a.c", "a\nc", re.S).group(), re.search(r"a.c", "a\nc"))
print(re.match(r"(?i)hello (?-i:World)", "HELLO World"), re.match(r"(?i)hello (?-i:World)", "hello world"))
print(re.findall(r"\w+", "café naïve", re.ASCII), re.findall(r"\w+", "café naïve"))
print(re.escape("a.b*c?[d]{e}(f)|g^h$i\\j k-l#m"))
p = re.compile(r"(\d+)-(\d+)?")
m = p.search("range 10- and 3-4")
print(m.groups(), m.groups("none"), m.group(0, 1, 2), m.expand(r"<\1|\2>") if m.group(2) else "no second")
print(repr(m), m.re.pattern, m.string[m.start():m.end()], m.pos, m.endpos)
print(p.sub(lambda m: str(int(m.group(1)) * 2), "1-2 30-40"), p.flags & re.UNICODE != 0)
sc = re.compile(r"\d+").scanner("a1b22c333")
print(sc.search().group(), sc.search().group(), sc.match())

bad = ["(abc", "abc)", "[a-", "a{2,1}", "*a", "(?P<1x>a)", "(?P<n>a)(?P<n>b)", "\\", "a**",
       "(?<=a+)b", "[z-a]", "(?P=missing)", "\\1(a)", "(?Px)", "x{65536}", "\\p{L}", "(?i", "[]"]
for pat in bad:
    try:
        re.compile(pat)
        print(repr(pat), "ok")
    except re.error as e:
        print(f"{pat!r:20} {e.msg!r} pos={e.pos} | {e}")
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print("sub:", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError:", e)
