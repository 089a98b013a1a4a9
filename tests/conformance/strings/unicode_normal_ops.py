words = ["straße", "ǅemal", "ﬁne", "İstanbul", "ΣΊΣΥΦΟΣ", "café", "ñandú"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.title(), w.casefold(), len(w.upper()))
s = "Ünïcödé"
print([c for c in s], [hex(ord(c)) for c in s], s.encode("utf-8"), len(s.encode("utf-16-le")))
print("😀".encode("utf-8"), len("😀"), "😀"[0] == "😀", "a😀b"[1:2], "🇫🇷", len("🇫🇷"))
print("→".join(["a", "b"]), "★" * 5, "｜".center(5, "·"), "日本語".ljust(6, "_"))
print(sorted(["ä", "a", "z", "é", "e"]), max("αβγ"), "Ω".lower(), "ω".upper())
