# codecs.register_error handlers used by str.encode, and code pages through codecs.lookup.
import codecs


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


def describe(exc):
    print("  handler:", type(exc).__name__, exc.encoding, exc.start, exc.end,
          repr(exc.object[exc.start:exc.end]), exc.reason)
    return ("[" + ",".join(f"U+{ord(c):04X}" for c in exc.object[exc.start:exc.end]) + "]",
            exc.end)


codecs.register_error("describe", describe)
show("ascii", lambda: "héllo wörld €€ end".encode("ascii", "describe"))
show("latin-1", lambda: "héllo €".encode("latin-1", "describe"))
show("cp1252", lambda: "Привет €".encode("cp1252", "describe"))
show("koi8-r", lambda: "Привет é".encode("koi8-r", "describe"))
show("no error", lambda: "plain".encode("ascii", "describe"))

codecs.register_error("as-bytes", lambda e: (b"\x00\x01", e.end))
show("bytes replacement", lambda: "aéb".encode("ascii", "as-bytes"))

codecs.register_error("skip-two", lambda e: ("", e.start + 2))
show("skip two", lambda: "aéxyz".encode("ascii", "skip-two"))

codecs.register_error("to-last", lambda e: ("#", -1))
show("negative position", lambda: "aébcd".encode("ascii", "to-last"))

codecs.register_error("bad-result", lambda e: "nope")
show("bad result", lambda: "aé".encode("ascii", "bad-result"))

codecs.register_error("unencodable", lambda e: ("é", e.end))
show("unencodable replacement", lambda: "aé".encode("ascii", "unencodable"))

codecs.register_error("far", lambda e: ("", 100))
show("position out of range", lambda: "aé".encode("ascii", "far"))

show("unknown handler", lambda: "aé".encode("ascii", "no-such-handler"))
show("unknown handler unused", lambda: "abc".encode("ascii", "no-such-handler"))
show("lookup_error", lambda: codecs.lookup_error("describe") is describe)


def count_calls(exc):
    count_calls.n += 1
    return ("?", exc.end)


count_calls.n = 0
print("x€y€€z".encode("ascii", "count-calls") if codecs.register_error("count-calls", count_calls)
      is None else None, count_calls.n)

for enc in ["cp437", "IBM437", "windows-1251", "koi8_r", "iso-8859-15", "latin9", "l2",
            "mac_roman", "macintosh", "iso.8859.2", "cp1253"]:
    info = codecs.lookup(enc)
    print(enc, info.name, codecs.encode("Grüße €", enc, "replace"))
show("latin-9", lambda: codecs.lookup("latin-9"))
print(codecs.encode(b"hello hello hello", "zlib")[:2], codecs.decode(codecs.encode(b"abc" * 5, "zlib"), "zlib"))
