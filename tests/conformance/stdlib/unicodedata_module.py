# unicodedata: categories, bidi classes, combining classes, widths, mirroring, decompositions,
# numeric values, names (common blocks and algorithmic), lookup, and NFC/NFD/NFKC/NFKD
# normalization (accent stripping idioms, Hangul, canonical reordering, random round trips).
import unicodedata as ud
import random
print(ud.unidata_version)
for c in "aZ5 ,é€😀\u0301\u200b中한\t½٣Ⅻ":
    print(repr(c), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)), ud.numeric(c, None), ud.decimal(c, None), ud.digit(c, None), ud.name(c, "?"))
for s in ["café", "cafe\u0301", "ﬁ ①", "Å", "A\u030a", "한글", "\u1100\u1161\u11a8", "ṩ", "s\u0323\u0307", "s\u0307\u0323", "Ǆ", "x\u0327\u0301\u0300"]:
    print(repr(s), [repr(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], [ud.is_normalized(f, s) for f in ("NFC", "NFD")])
text = "Crème Brûlée – naïve façade, ﬁancé №5"
print(ud.normalize("NFKD", text).encode("ascii", "ignore").decode())
print("".join(c for c in ud.normalize("NFD", text) if ud.category(c) != "Mn"))
print(ud.lookup("LATIN SMALL LETTER E WITH ACUTE"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.lookup("HANGUL SYLLABLE HAN"), ud.name("中"), ud.name("한"))
for bad in [lambda: ud.lookup("NOPE"), lambda: ud.numeric("a"), lambda: ud.decimal("½"), lambda: ud.category("ab"), lambda: ud.normalize("NFX", "a")]:
    try:
        bad()
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
random.seed(3)
ok = 0
pool = [chr(cp) for cp in list(range(0x20, 0x250)) + list(range(0x300, 0x370)) + list(range(0x1E00, 0x1F00)) + list(range(0xAC00, 0xAC40)) + list(range(0x1100, 0x1116)) + list(range(0x1161, 0x1170)) + list(range(0x11A8, 0x11B0)) + [0xFB01, 0x2460, 0x1D400, 0x212B, 0x2126, 0xFF21]]
for _ in range(3000):
    s = "".join(random.choice(pool) for _ in range(random.randint(1, 6)))
    ok += all(ud.is_normalized(f, ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD"))
print("round trips", ok)
print(hash(tuple(ud.normalize(f, "".join(random.choice(pool) for _ in range(50))) for f in ("NFC", "NFD", "NFKC", "NFKD") for _ in range(200))) != 0)
