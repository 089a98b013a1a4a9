s = "  Hello, World! hello again,  world  "
print(s.split(), s.split(","), s.split(",", 1), s.rsplit(None, 2), s.rsplit(",", maxsplit=1))
print(s.strip(" dH"), s.lstrip(" Hel"), s.rstrip("d "), "xxhixx".strip("x"))
print(s.partition("o"), s.rpartition("o"), "abc".partition("z"), "abc".rpartition("z"))
t = str.maketrans("abc", "xyz", "!")
print("aabbcc!!dd".translate(t), "hello".translate({ord('l'): None, ord('h'): 'J'}))
print(str.maketrans({"a": "1", "b": None}))
print("Straße".casefold(), "Straße".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("a\tbb\tccc\td".expandtabs(), "a\tbb\tccc".expandtabs(4), "x\ty\nz\tw".expandtabs(2))
print("42".zfill(5), "-42".zfill(5), "+x".zfill(4), "abc".zfill(2))
print("hi".center(7, "*"), "hi".center(6), "hi".ljust(5, "-"), "hi".rjust(5, "."))
print("hello world it's o'neil 3rd".title(), "ABC def".swapcase(), "hELLO".capitalize())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "".isidentifier(), "λ".isidentifier())
print("é".encode("ascii", errors="replace"), "é€".encode("ascii", "xmlcharrefreplace"), "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "ignore"))
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("utf-8", "backslashreplace"))
try:
    b"\xffab".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "".split(), "  ".split(" "))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "x\x0by\x1cz".splitlines())
print("abcabc".find("c", 3), "abcabc".rfind("a", 0, 3), "abcabc".index("b", 2), "abc".count(""), "aaaa".count("aa"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
print("x".join(["a", "b"]), "-".join("xyz"), "".join([]))
print("%s" % [1, "a"], str(["é", "\n"]), repr("it's"), repr('"q"'), repr("both'\""))
print("abc"[::-1], "abcdef"[1:-1:2], "abc"[5:], "abc"[-10:2])
print("Hello".replace("l", "L", 1), "aaa".replace("", "-"), "aaa".replace("a", "b", 0))
print("ab12".isalnum(), "١٢".isdigit(), "½".isnumeric(), "½".isdecimal(), " \t".isspace(), "Ab Cd".istitle())
print("a".isupper(), "A1".isupper(), "ß".islower(), "abc".isascii(), "é".isascii(), "\x7f".isprintable(), "".isprintable())
print(ord("€"), chr(8364), hex(ord("😀")), len("😀"), "😀".encode("utf-16"), "😀".encode("utf-8"))
print("x".removeprefix("x"), "abcabc".removesuffix("bc"), "abc".removeprefix(""))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    "a".join([1])
except TypeError as e:
    print(e)
try:
    "abc".split("")
except ValueError as e:
    print(e)
try:
    "abc" + 1
except TypeError as e:
    print(e)
try:
    "abc".center(5, "xy")
except TypeError as e:
    print(e)
print("Ǆ".title(), "ǆ".upper(), "ŉ".upper(), "ß".title(), "ﬀ".title())
print(sorted("hello world"), max("abc", "abd"), min(["b", "a", "C"]), sorted(["b", "a", "C"], key=str.lower))
print("ABC".lower().encode().hex(":"), "ab" * 3, 3 * "x", "a" < "b" < "ba")
