# str.encode through single-byte code pages (cp437, cp1251, koi8-r, iso8859-x, mac-roman, ...)
# with every errors= handler, and the LookupError for codecs that are not text encodings.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!>", type(e).__name__ + ":", e)


SAMPLE = "Grüße Привет Ελλάδα €½ ╔═╗ naïve"
PAGES = ["cp437", "CP850", "ibm852", "cp866", "windows-1251", "cp1250", "cp1253", "koi8_r",
         "KOI8-U", "iso-8859-2", "ISO8859-5", "iso_8859_7", "iso8859-15", "latin9", "l2",
         "mac_roman", "macintosh", "mac-cyrillic", "cp874", "tis-620", "iso.8859.2"]
for enc in PAGES:
    for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        show(f"{enc}/{errors}", lambda: SAMPLE.encode(enc, errors))
    show(f"{enc}/strict", lambda: SAMPLE.encode(enc))

# Names CPython does not accept.
for enc in ["latin-9", "IBM-437", "cp-437", "koi8r"]:
    show(enc, lambda: "x".encode(enc))

# Box drawing in the DOS code page, Cyrillic in the Russian ones.
print("┌─┬─┐".encode("cp437"), "│a│b│".encode("cp437"), "└─┴─┘".encode("cp850"))
print("Съешь же ещё".encode("cp1251"), "Съешь же ещё".encode("koi8-r"), "Съешь".encode("cp866"))
print("Ωμέγα".encode("iso8859-7"), "Ωμέγα".encode("cp1253"), "€".encode("iso8859-15"))

# Runs of unencodable characters are reported whole.
show("run", lambda: "ab\u0100\u0101\u0102cd".encode("cp437"))
show("one", lambda: "ab\u0100cd".encode("koi8-r"))
show("latin-1 run", lambda: "x€€€y".encode("latin-1"))
show("ascii end", lambda: "xyz€".encode("ascii"))
try:
    "Привет мир".encode("cp437")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

# Codecs that are not text encodings.
for enc in ["rot13", "ROT_13", "hex", "base64", "zlib", "bz2_codec", "quopri", "uu", "nope-codec"]:
    show(enc, lambda: "abc".encode(enc))
