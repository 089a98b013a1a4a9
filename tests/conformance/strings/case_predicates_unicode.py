# Case mapping and character predicates beyond ASCII: German sharp s, Turkish dotted I,
# Greek final sigma, titlecase digraphs, ligatures; numeric predicates; line boundaries.
# case handling non-ascii
words = ["straße", "İstanbul", "ΣΊΣΥΦΟΣ", "ǅungla", "ﬁsh", "ŉ", "hello world", "o'neil's dog", "ΌΣΟΣ σ", "ß", "ﬀ", "İ", "Ꭰ", "aΣ", "aΣb", "Σ", "ΑΣ.", "ΑΣ'Α"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.casefold(), w.swapcase(), len(w.lower()), len(w.upper()))
    print(w.istitle(), w.isupper(), w.islower())
print("ǅ".istitle(), "ǅ".isupper(), "ǅ".islower(), "ǅ".title(), "ǆ".title(), "Ǆ".capitalize())
print("ΣΑΣ ΣΑΣ".lower(), "ΑΣ1".lower(), "Α Σ".lower(), "ΑΣ\u0301".lower(), "ΑΣ\u0301Α".lower())
print("hello_world-foo bar2baz 3rd".title())
print("ß".upper().lower(), "ﬃ".upper(), "ﬃ".title(), "ﬃ".capitalize())
for s in ["123", "½", "²", "٣", "Ⅷ", "一", "1.5", "", "१२", "⑦", "𝟘"]:
    print(repr(s), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isalpha(), s.isidentifier(), s.isprintable())
print("\x1f".isprintable(), "\u00a0".isprintable(), "\u00a0".isspace(), "\u2028".isspace(), "\x1c".isspace(), "\u200b".isspace())
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end"
print(text.splitlines())
print(text.splitlines(True))
print(text.encode().splitlines())
print("a\n\nb\n".splitlines(), "".splitlines(), "\n".splitlines(keepends=True))
print(text.split())
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2))
print("abcabc".find("c", 3), "abcabc".find("c", -2, -1), "abcabc".rfind("b", 0, 4), "abc".count("", 1), "abc".find("", 5), "abc".find("", 3))
print("abcabc".index("c", 3), "abcabc".startswith(("x", "bc"), 1), "abcabc".endswith("ab", 0, 5), "abc".startswith("", 3), "abc".startswith("", 4))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "abc".rindex("z", 1)
except ValueError as e:
    print(e)
print("tab\there\tx".expandtabs(), "a\tbb\tccc\td".expandtabs(4), "x\ty\n\tz".expandtabs(3), "\t".expandtabs(0))
print("42".zfill(6), "-42".zfill(6), "+x".zfill(4), "".zfill(3), "abc".zfill(2))
print("[" + "hi".center(7, "*") + "]", "[" + "hi".center(6) + "]", "[" + "hi".center(5) + "]", "[" + "abc".center(6) + "]")
print("x".ljust(4, "é") + "|", "x".rjust(4, "€"))
try:
    "x".ljust(4, "ab")
except TypeError as e:
    print(e)
print("Hello".removeprefix("He"), "Hello".removesuffix("lo"), "Hello".removesuffix(""))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(e)
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".strip("ab"), "\u3000 hi \u3000".strip())
