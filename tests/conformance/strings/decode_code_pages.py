# bytes.decode through single-byte code pages and codecs.register_error handlers.
import codecs


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


HIGH = bytes(range(128, 256))
for enc in ["cp437", "cp850", "cp866", "cp1250", "cp1251", "cp1253", "cp874", "koi8-r",
            "koi8_u", "iso8859-2", "iso-8859-5", "ISO_8859_7", "iso8859-15", "latin9",
            "mac-roman", "mac_cyrillic", "tis-620"]:
    show(enc + "/replace", lambda: HIGH.decode(enc, "replace"))
    show(enc + "/strict", lambda: HIGH.decode(enc))
print(b"\xda\xc4\xbf\n\xb3 \xb3\n\xc0\xc4\xd9".decode("cp437"))
print(b"\xf0\xd2\xc9\xd7\xc5\xd4".decode("koi8-r"), b"\xcf\xf0\xe8\xe2\xe5\xf2".decode("cp1251"))
print(str(b"\x8e\x8f", "cp437"), codecs.decode(b"\xa4", "iso8859-15"))
try:
    b"ok\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)


def describe(exc):
    print("  handler:", type(exc).__name__, exc.encoding, exc.start, exc.end,
          exc.object[exc.start:exc.end], exc.reason)
    return ("<" + exc.object[exc.start:exc.end].hex() + ">", exc.end)


codecs.register_error("describe", describe)
show("utf-8", lambda: b"ab\xff\xfecd\xc3".decode("utf-8", "describe"))
show("cp1252", lambda: b"ab\x81".decode("cp1252", "describe"))
show("ascii", lambda: b"ab\x80".decode("ascii", "describe"))
show("cp874", lambda: b"\x81x".decode("cp874", "describe"))
codecs.register_error("bad-result", lambda e: "nope")
show("bad result", lambda: b"a\xff".decode("ascii", "bad-result"))
show("unknown handler", lambda: b"a\xff".decode("utf-8", "no-such-handler"))
for enc in ["rot13", "hex", "base64", "zlib", "nope-codec"]:
    show(enc, lambda: b"abc".decode(enc))
