# str methods over mixed ASCII and non-ASCII text: splitting, case mapping, padding,
# translation, partition and the printf-style and format() mini-languages.

text = """The quick brown fox\tjumps over
the lazy dog.  Pack my box with five dozen liquor jugs!
    Indented line\r\nWindows line
ÜBER straße ﬁnance İstanbul ǅ"""
print(text.split())
print(text.split(" ", 3))
print(text.rsplit(None, 2))
print(text.splitlines())
print(text.splitlines(True)[:2])
print(text.title())
print(text.swapcase())
print(text.casefold())
print(text.upper())
print(text.lower())
print(text.capitalize())
print([w.center(9, "*") for w in text.split()[:4]])
print(text.expandtabs(4).split("\n")[0])
print("a\tbc\td\n\te".expandtabs(), "a\tbc".expandtabs(0), repr("x\ty".expandtabs(1)))
print("  xx  ".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "abcabc".rstrip("cb"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
t = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(t), "hello".translate({104: "J", 101: None}), "x".translate({}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print(e)
try:
    "".partition("")
except ValueError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
print("ab".zfill(5), "-ab".zfill(5), "+1".zfill(4), "".zfill(2))
print("Hello World".istitle(), "hello".isidentifier(), "1a".isidentifier(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), ",".join(["x", "y"]), "".join([]))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
print("abc".find("c", -1), "abcabc".rfind("b", 0, 4), "aaa".count("aa"), "abc".count(""), "".count(""))
print("straße".upper(), "ß".casefold(), "İ".lower(), len("İ".lower()), "ǅ".upper(), "ǅ".lower(), "ǅ".title())
print("ﬁ".upper(), "ŉ".upper(), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
print("hello world".replace("o", "0", 1), "aaa".replace("", "-"), "abc".replace("b", ""))
print("%-10s|%5.1f|%05d|%x|%o|%e|%r" % ("ab", 3.14159, 42, 255, 8, 12345.678, "q"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3})
print("%c%c" % (65, "B"), "%%", "%5s" % None, "%.3s" % "abcdef", "%+d % d" % (5, 5))
print(ascii("héllo\n"), repr("tab\there"), repr("quote'\""), repr('\x00\x7f\u200b'))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:08.3f}".format(-3.14159), "{:+,}".format(1234567))
print("{0!r} {0!s} {0!a}".format("é"), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
