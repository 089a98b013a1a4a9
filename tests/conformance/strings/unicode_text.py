s = "héllo wörld ☃ 日本語 🐍"
print(s, len(s), s.upper(), s[::-1])
for ch in "aé☃日🐍":
    print(ch, ord(ch), hex(ord(ch)), repr(ch), ascii(ch), len(ch.encode("utf-8")))
print(chr(0x263A), chr(97), chr(0x1F600), "\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")
print("naïve café".encode("utf-8"))
print(b"na\xc3\xafve".decode("utf-8"), "café".encode("latin-1"), "abc".encode("ascii"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), "café".encode("ascii", "ignore"), "café".encode("ascii", "replace"))
print(sorted("δβαγ"), "Straße".lower(), "STRASSE".lower() == "straße".upper().lower())
print("\t".isprintable(), "abc".isprintable(), repr("tab\there"), repr("quote'\""), repr('single\''))
print(repr("\x00\x7f\x80\u200b"), "é".isalpha(), "٣".isdigit())
