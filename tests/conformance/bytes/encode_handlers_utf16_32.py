# Error handlers on the UTF-16 and UTF-32 encoders: the replacement text is written in the
# codec's own code units, and bytes from a handler must fill whole code units.
import codecs

samples = ["a\udcffb", "\ud800", "x\udc80\udc81y", "ok \u20ac"]
codecs_list = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8"]
handlers = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
            "namereplace", "surrogateescape", "surrogatepass"]
for s in samples:
    for enc in codecs_list:
        for err in handlers:
            try:
                out = s.encode(enc, err)
                back = out.decode(enc, "surrogatepass") if err == "surrogatepass" else None
                print(enc, err, out, repr(back))
            except UnicodeEncodeError as e:
                print(enc, err, "UnicodeEncodeError:", e, (e.start, e.end, e.reason))


def two_bytes(e):
    return (b"\x00\x01", e.end)


def three_bytes(e):
    return (b"\x00\x01\x02", e.end)


def four_bytes(e):
    return (b"ABCD", e.end)


def non_ascii_text(e):
    return ("\xe9", e.end)


def ascii_text(e):
    return ("<%d>" % e.start, e.end)


for name, fn in [("two", two_bytes), ("three", three_bytes), ("four", four_bytes),
                 ("eacute", non_ascii_text), ("asc", ascii_text)]:
    codecs.register_error("test." + name, fn)
for enc in ["utf-8", "utf-16-le", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    for name in ["two", "three", "four", "eacute", "asc"]:
        try:
            print(enc, name, "a\udc80b\u20ac\udc81".encode(enc, "test." + name))
        except UnicodeEncodeError as e:
            print(enc, name, "UnicodeEncodeError:", e)
