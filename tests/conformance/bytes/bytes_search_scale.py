# Searching large and repetitive bytes: results must match a plain scan, and no input may
# take quadratic time (a needle that almost matches everywhere).
hay = b"ab" * 3000 + b"a" * 9000 + b"aab" + b"a" * 9000
needles = [b"a", b"b", b"ab", b"aab", b"aaab", b"baa", b"abab", b"bab", b"c", b"a" * 100,
           b"a" * 60 + b"b", b"b" + b"a" * 60, b"", b"ba" * 50]
def slow_find(h, n):
    for i in range(len(h) - len(n) + 1):
        if h[i:i + len(n)] == n:
            return i
    return -1
for n in needles:
    label = repr(n) if len(n) < 12 else f"{n[:6]!r}...({len(n)})"
    print(f"{label:24} find={hay.find(n):6} rfind={hay.rfind(n):6} count={hay.count(n):6} in={n in hay}")
    if len(n) < 70:
        assert hay.find(n) == slow_find(hay, n) or n == b""
print(hay.find(b"aab", 7000), hay.rfind(b"ab", 0, 5999), hay.count(b"aa", 6000, 6100), hay.index(b"b", 1))
worst = b"a" * 200000
print(worst.find(b"a" * 5000 + b"b"), worst.rfind(b"b" + b"a" * 5000), worst.count(b"a" * 5000 + b"b"))
print(worst.replace(b"a" * 1000 + b"b", b"x") == worst, len(worst.replace(b"aaa", b"b")), (worst + b"b").find(b"a" * 5000 + b"b"))
ba = bytearray(hay)
print(ba.find(b"aab"), ba.rfind(b"bab"), ba.count(b"b"), ba.index(b"aab"), ba.rindex(b"ba"))
for start, end in [(0, 10), (-10, None), (5990, 6010), (100, 50), (-100000, 3)]:
    print(start, end, hay.find(b"ba", start, end), hay.rfind(b"ab", start, end), hay.count(b"a", start, end))
try:
    hay.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
try:
    hay.rindex(b"b" * 3)
except ValueError as e:
    print("ValueError:", e)
log = b"".join(b"%05d GET /page/%d HTTP/1.1 %d\r\n" % (i, i % 7, 200 if i % 5 else 404) for i in range(3000))
pos = lines = errors = 0
while True:
    nl = log.find(b"\r\n", pos)
    if nl < 0:
        break
    line = log[pos:nl]
    if line.endswith(b" 404"):
        errors += 1
    lines += 1
    pos = nl + 2
print(lines, errors, log.count(b"/page/3 "), log.rfind(b"GET"), log.replace(b"HTTP/1.1", b"H2")[:40])
print(log[:60].hex(" ", 4), bytes.fromhex(log[:30].hex()) == log[:30], log[:12].hex(":", -5))
print(bytes(range(256)).decode("latin-1")[120:140].encode("unicode_escape"), len(bytes(range(256)).decode("latin-1")))
print(b"hello world".translate(bytes.maketrans(b"lo", b"01")), b"hello".translate(None, b"l"), bytes(range(256)).translate(bytes(reversed(range(256))))[:5])
