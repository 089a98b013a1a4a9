# Parsing a raw HTTP-like request as bytes, then bytes/bytearray methods, their errors and
# the text codecs. (codecs is imported only for lookups and rot13/hex.)

data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\nbody"
head, _, body = data.partition(b"\r\n\r\n")
lines = head.split(b"\r\n")
print(lines[0].split(), body, lines[1:])
hdrs = dict(l.split(b": ", 1) for l in lines[1:])
print(hdrs, int(hdrs[b"X-Num"]), hdrs[b"Host"].decode().upper())
print(data.hex()[:20], bytes.fromhex("de ad be ef"), data[:3].hex(":"), data[:4].hex("-", 2))
print(b"abc".center(9, b"*"), b"a,b".split(b","), b"  x ".strip(), b"x".zfill(4), b"AbC".swapcase(), b"hello world".title())
ba = bytearray(b"hello")
ba[0] = 72; ba.extend(b"!!"); ba.insert(0, 32); del ba[-1]
print(ba, ba.pop(), ba.find(b"l"), ba.replace(b"l", b"L"), ba.upper(), bytes(ba).isalpha())
for bad in [lambda: ba.__setitem__(0, 256), lambda: ba.append("a"), lambda: b"a" + "b", lambda: b"%d" % "x",
            lambda: bytes([300]), lambda: b"abc".index(b"z"), lambda: bytes.fromhex("zz"), lambda: b"a".decode("utf-16"),
            lambda: ba.remove(99), lambda: bytearray().pop(), lambda: b"x" * "y", lambda: "x".encode(errors="bogus") ,
            lambda: b"\xff".decode("ascii"), lambda: b"ab".join([b"x", "y"]), lambda: memoryview(b"ab")[5],
            lambda: int.from_bytes(b"\x01\x02", "middle"), lambda: (1024).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"%s %r %5d %-4x|%c" % (b"bs", "rs", 42, 255, 65), b"%(k)s" % {b"k": b"v"})
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True), (-5).to_bytes(2, "big", signed=True))
print(list(b"abc"), b"abc"[1], b"abc"[1:], bytes(3), bytearray(2), b"a" in b"cat", 97 in b"cat")
print("naïve café".encode("utf-8"), "naïve".encode("latin-1"), b"na\xc3\xafve".decode(), "日本".encode("utf-8").decode("utf-8"))
print("x".encode("utf-32"), len("😀".encode("utf-16-le")), "😀".encode("utf-8"), ascii("😀"), "\N{SNOWMAN}", "\u2603".encode("unicode_escape"))
print(b"caf\\xe9".decode("unicode_escape"), "tab\t".encode("unicode_escape"), b"abc".decode("ascii").encode("utf-8"))
