# Decoding UTF-16/UTF-32 payloads, good and bad, and how bytearrays print.
samples = [
    ("utf-16", "héllo 😀".encode("utf-16")),
    ("utf-16-be", "abc".encode("utf-16-be")),
    ("utf-32", "x€".encode("utf-32")),
    ("utf-16", b"x"),
    ("utf-16", b"\xff\xfex"),
    ("utf-16", b"\xfe\xff\x00"),
    ("utf-16", b"\x00\xd8"),
    ("utf-16", b"\x00\xd8a"),
    ("utf-16", b"\x00\xd8a\x00"),
    ("utf-16-le", b"a\x00\x00\xdc"),
    ("utf-32", b"x"),
    ("utf-32", b"abcdx"),
    ("utf-32-be", b"\x00\x11\x00\x00"),
    ("utf-32", b"\xff\xfe\x00\x00\x00\xd8\x00\x00"),
]
for codec, data in samples:
    try:
        print(codec, repr(data.decode(codec)))
    except UnicodeDecodeError as e:
        print(codec, "->", e)
        print("   ", e.encoding, e.start, e.end, e.reason)

for errors in ("replace", "ignore", "backslashreplace"):
    print(errors, repr(b"a\x00\x00\xd8b\x00\x00\xdc".decode("utf-16-le", errors)))
    print(errors, repr(b"abc".decode("utf-16", errors)))

for raw in (b"'", b"\"", b"'\"", b"it's", b"\\'x"):
    print(repr(bytearray(raw)), repr(bytes(raw)))
