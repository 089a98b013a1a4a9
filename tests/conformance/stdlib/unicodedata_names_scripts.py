# unicodedata.name / lookup / \N{...} across scripts and emoji a text program meets.
import unicodedata

SAMPLES = ["🇺🇸", "❤️", "⭐⬆", "שלום", "مرحبا", "こんにちは", "カタカナ", "नमस्ते", "ქართ",
           "Ἀθῆναι", "𝐀𝕭", "1️⃣", "\ufffd", "ʃɐˈ", "ﾊﾝｶｸ", "🫠🪐", "🂡", "Ӂԁ", "Հայ", "ไทย",
           "␀␤", "⟨⟩⤴", "\U000e0067"]
for s in SAMPLES:
    names = [unicodedata.name(c, "?") for c in s]
    print(ascii(s), names)
    for c, n in zip(s, names):
        if n != "?" and unicodedata.lookup(n) != c:
            print("  lookup mismatch", n)
print("\N{HEBREW LETTER ALEF}\N{HIRAGANA LETTER A}\N{REPLACEMENT CHARACTER}".encode("utf-8"))
print(unicodedata.lookup("regional indicator symbol letter u"))
print("\N{WHITE MEDIUM STAR}" == "⭐", "\N{VARIATION SELECTOR-16}" == "\ufe0f")
