# Log parsing with a verbose pattern: named groups, finditer, sub with functions and
# group references, split with groups, lookarounds, flags and error messages.
import re
log = """2024-01-03 12:00:01 INFO  [web.server] GET /index.html 200 1234ms user=alice
2024-01-03 12:00:02 WARN  [web.server] GET /missing 404 12ms user=bob
2024-01-03 12:00:05 ERROR [db.pool] timeout after 30s (attempt 3/5)
2024-01-03 12:01:00 INFO  [web.server] POST /api/v1/items 201 88ms user=alice
2024-01-03 12:02:10 DEBUG [cache] hit ratio=0.93
"""
pat = re.compile(r"""
    ^(?P<date>\d{4}-\d\d-\d\d)\s+
    (?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<mod>[\w.]+)\]\s+
    (?P<msg>.*)$
""", re.X | re.M)
for m in pat.finditer(log):
    print(m.group("level"), m["mod"], m.span("msg"), m.groupdict()["time"], m.lastgroup, m.lastindex)
    print(m.groups())
print(pat.groupindex)
print(pat.pattern.count("\n"), pat.flags, pat.groups)
req = re.compile(r"(GET|POST) (\S+) (\d{3}) (\d+)ms(?: user=(\w+))?")
for m in req.finditer(log):
    print(m.expand(r"\2 -> \3 [\g<5>] \g<1>"), m.group(0, 2), m.start(5), m.end(5))
print(re.sub(r"(\d+)ms", lambda m: f"{int(m.group(1))/1000:.3f}s", log))
print(re.sub(r"user=(?P<u>\w+)", r"<\g<u>>", log, count=2))
print(re.subn(r"\s+", " ", "a  b \t c\n d"))
print(re.split(r"(\s*)([,;])(\s*)", "a , b;c ;  d"))
print(re.split(r"\b", "hello world"), re.split(r"x*", "axbc"), re.split("", "abc"))
print(re.findall(r"(\w)(\d)?", "a1b c3"), re.findall(r"\d+", "a1b22c333"), re.findall(r"(?:ab)+", "ababxab"))
print(re.fullmatch(r"\w+@\w+\.com", "joe@mail.com"), re.fullmatch(r"a|ab", "ab"))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $45.99 total"), re.search(r"(?<!\d)\d{3}(?!\d)", "1234 567 89"))
print(re.escape("a.b*c?d[e]f{1}(g)|h^$ \\ -#&~\t\n"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall("HELLO", "hello Hello", re.I))
print(re.match(r"(?i)straße", "STRASSE"), re.match(r"(?i)ß", "ẞ"), re.match(r"(?i)k", "\u212a"))
print(re.sub(r"(a)|b", r"[\1]", "abab"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"))
m = re.match(r"(a)(b)?(c)", "ac")
print(m.groups(), m.groups("N"), m.group(2), m.span(2), m.regs, m.re.pattern, m.string, m.pos, m.endpos)
print(repr(m), repr(re.compile(r"a\d+", re.I|re.M)))
print(re.sub(r"(?m)^", "> ", "a\nb\nc"))
print(re.sub(r"\bcat\b", "dog", "cat concat cat's bobcat"))
print([m.group() for m in re.finditer(r"\d+|[a-z]+|\S", "x=42+y1*(z-3)")])
print(re.match(r"(\w+) \1", "hey hey you").group(), re.match(r"(?P<x>a+)(?P=x)", "aaaa").group())
print(re.search(r"(?s:.)(?i:A)b", "\naB"), re.search(r"(?s:.)(?i:A)b", "\nab"))
print(re.findall(r"[^\W\d_]+", "héllo wörld_42 ñ"), re.findall(r"\w+", "naïve café", re.A))
print(re.compile(r"(?x) a b # comment\n c").pattern, re.search("(?x) a b # c", "ab"))
print(re.sub(r"(?P<w>\w+)", lambda m: m["w"][::-1], "hello big world"))
print(re.match(r"a{2,3}?", "aaaa").group(), re.match(r"a{,2}", "aaaa").group(), re.match(r"a{2}", "aaaa").group(), re.match("a{x}", "a{x}").group())
print(re.match(r"(a|b)*c", "ababc").group(1), re.match(r"(?:(a)|b)+", "ab").groups())
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.findall(r"(?<=-)\w+", "a-b c-dd"))
print(re.search(r"^$", "a\n\nb", re.M).span(), re.search(r"$", "ab\n").span(), re.search(r"\Z", "ab\n").span(), re.findall(r"$", "a\nb\n", re.M))
try:
    re.compile(r"(abc")
except re.error as e:
    print(e, e.pos, e.msg)
try:
    re.compile(r"a**")
except re.error as e:
    print(e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print(e)
