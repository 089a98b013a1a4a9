text = "Grüße, 世界! ☃ naïve"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    try:
        data = text.encode(enc)
        print(f"{enc:<10} {len(data):>3} {data[:12]!r}")
    except UnicodeEncodeError as e:
        print(f"{enc:<10} fails at {e.start}-{e.end}: {e.reason}")
        data = text.encode(enc, errors="replace")
        print(f"{'':<10} replace -> {data!r}")
    back = data.decode(enc)
    print(f"{'':<10} roundtrip {back == text}")
raw = "é".encode("utf-8")
print(raw.decode("latin-1"), raw.decode("latin-1").encode("latin-1").decode("utf-8"))
print(b"abc\xff".decode("utf-8", "backslashreplace"), b"abc\xff".decode("utf-8", "ignore"), "x\u20ac".encode("ascii", "xmlcharrefreplace"))
