import re
log = """2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.5
2024-03-01 12:00:07 WARN  [db] slow query took 1532ms
2024-03-01 12:01:00 ERROR [auth] user=bob action=login failed reason="bad password"
2024-03-01 12:02:30 INFO  [api] GET /v1/items?id=42 200 12ms
2024-03-01 12:02:31 INFO  [api] POST /v1/items 201 40ms
2024-03-01 12:03:00 ERROR [api] GET /v1/items/99 404 3ms
"""
LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d\d-\d\d)\s
    (?P<time>[\d:]+)\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<mod>\w+)\]\s
    (?P<msg>.*)$
""", re.VERBOSE | re.MULTILINE)
for m in LINE.finditer(log):
    print(m["level"], m.group("mod", "time"), len(m.group("msg")), m.lastgroup, m.lastindex)
print([m.groupdict()["level"] for m in LINE.finditer(log)])
kv = re.compile(r'(\w+)=("[^"]*"|\S+)')
for line in log.splitlines():
    pairs = dict((k, v.strip('"')) for k, v in kv.findall(line))
    if pairs: print(pairs)
http = re.compile(r"(GET|POST) (\S+) (\d{3}) (\d+)ms")
print([(m.group(1), int(m.group(3))) for m in http.finditer(log)])
print(re.sub(r"(\d+)ms", r"\1 ms", log.splitlines()[1]), re.sub(r"user=(?P<u>\w+)", r"user=<\g<u>>", log.splitlines()[0]))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"), re.findall(r"(?<!\w)\d+(?!\d|ms)", "a 12 34ms 5"))
print(re.split(r"(\s*[,;]\s*)", "a , b;c ;d"), re.split(r"\s+", "  lead trail  "), re.split(r"x*", "axbc"), re.split(r"(?=[A-Z])", "splitCamelCase"))
print(re.findall(r"\b[A-Z][a-z]+\b", "Alice met Bob and CAROL at Dave's"), re.findall(r"[aeiou]{2,}", "queueing beautiful"))
print(re.match(r"(a)(b)?(c)", "ac").groups(), re.match(r"(a)(b)?(c)", "ac").groups("-"), re.match(r"(?:x)(y)", "xy").group(1))
print(re.search(r"^b", "a\nb", re.M).start(), re.search(r"a.b", "a\nb", re.S).group(), re.search(r"A", "xa", re.I).span(), re.findall(r"^\w", "ab\ncd", flags=re.M))
p = re.compile(r"(\w)\1")
print(p.findall("aabbcdde"), p.search("xyzzy").group(), p.pattern, p.groups, bool(p.flags & re.UNICODE))
print(re.sub(r"\s+", lambda m: "_" if len(m.group()) == 1 else "__", "a b  c   d"), re.sub("a", "\\n", "cat") == "c\nt")
print(re.fullmatch(r"\d+\.\d{2}", "12.50"), re.fullmatch(r"\d+", "12a"), re.compile(r"\d").match("a1", 1))
print(re.escape("1+1=2? [yes]"), re.findall(r"\\d", r"a\d"), re.findall(r"[^\W\d_]+", "ab_12cd"), re.findall(r"\d+|[a-z]+", "ab12cd3"))
m = re.search(r"(?P<key>\w+):(?P<val>\d+)", "port:8080")
print(m.expand(r"\g<val>@\g<key>"), m.re.pattern, m.string, m.pos, m.endpos, m.regs if hasattr(m, "regs") else "")
print(re.findall(r"(\d+)-(\d+)", "1-2 3-4"), re.findall(r"a(?:b|c)", "ab ac ad"), re.sub(r"(?i)hello", "bye", "Hello HELLO"))
print(re.subn(r"\d", "", "a1b2c3"), re.sub(r"^", "> ", "l1\nl2", flags=re.M), re.sub(r"$", ";", "x\ny", flags=re.M))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
try:
    re.compile(r"a{2,1}")
except re.error as e:
    print("re.error:", e)
words = "The rain in Spain stays mainly in the plain".split()
print([w for w in words if re.search(r"ain\b", w)], re.sub(r"\b(\w)(\w*)\b", lambda m: m[2] + m[1] + "ay", "hello world"))
print(re.findall(r"\d{1,3}(?:\.\d{1,3}){3}", "ip 192.168.1.1 and 10.0.0.255!"), re.match(r"(?P<a>x)(?P=a)", "xx").group())
print(re.search(r"colou?r", "The color red").group(), re.search(r"\d+?", "12345").group(), re.search(r"<.+?>", "<a><b>").group(), re.search(r"<.+>", "<a><b>").group())
