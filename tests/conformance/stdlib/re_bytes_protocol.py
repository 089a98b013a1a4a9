# Parsing a byte-oriented protocol (HTTP-like messages) with bytes patterns end to end.
import re

raw = (b"POST /upload?id=7 HTTP/1.1\r\nHost: example.org\r\nContent-Type: text/plain\r\n"
       b"X-Trace:  abc123 \r\nContent-Length: 11\r\n\r\nhello world"
       b"GET /status HTTP/1.0\r\nAccept: */*\r\n\r\n")

REQUEST = re.compile(rb"(?P<method>[A-Z]+) (?P<target>\S+) HTTP/(?P<version>\d\.\d)\r\n")
HEADER = re.compile(rb"(?P<name>[!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(?P<value>.*?)[ \t]*\r\n")
END = re.compile(rb"\r\n")

pos = 0
while pos < len(raw):
    m = REQUEST.match(raw, pos)
    if not m:
        print("garbage at", pos, raw[pos:pos + 10])
        break
    print(m.group("method", "target", "version"), m.span(), repr(m)[:60])
    pos = m.end()
    headers = {}
    while True:
        h = HEADER.match(raw, pos)
        if not h:
            break
        headers[h["name"].lower()] = h["value"]
        pos = h.end()
    e = END.match(raw, pos)
    print(sorted(headers.items()), e.span() if e else None)
    pos = e.end()
    n = int(headers.get(b"content-length", b"0"))
    body = raw[pos:pos + n]
    pos += n
    print("body:", body, re.sub(rb"o", rb"0", body), re.findall(rb"\w+", body))
    target = m["target"]
    path, _, query = target.partition(b"?")
    print(re.split(rb"/", path), dict(re.findall(rb"(\w+)=(\w+)", query)))

# Binary data: null bytes, high bytes, and escaping.
blob = bytes(range(0, 256, 17)) + b"\x00\x00END\xff"
print(re.findall(rb"[\x80-\xff]", blob), re.search(rb"\x00+END", blob).span())
print(re.sub(rb"[^\x20-\x7e]", lambda m: b"\\x%02x" % m.group()[0], blob))
print(re.escape(blob[:6]), re.fullmatch(re.escape(blob), blob) is not None)
print(re.subn(rb"(?i)end", rb"<\g<0>>", blob + b"end"))

# bytearray and memoryview subjects; matches give bytes.
ba = bytearray(b"key1=val1;key2=val2")
for m in re.finditer(rb"(\w+)=(\w+)", ba):
    print(m.groups(), type(m.group()).__name__, type(m.string).__name__)
print(re.compile(rb"=").split(memoryview(b"a=b=c")), re.sub(rb"\d", b"#", memoryview(b"a1b2")))
print(re.search(rb"(?P<k>key\d)", ba).groupdict(), re.match(rb"key", ba).span())

# Flags on bytes patterns.
for flags in [0, re.I, re.M, re.S, re.X, re.L, re.A, re.I | re.M]:
    p = re.compile(rb"^a.", flags)
    print(repr(p), p.findall(b"ab\nAC\na\n"))
