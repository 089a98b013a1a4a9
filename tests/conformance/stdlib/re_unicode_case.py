# Unicode classes, case-insensitive folding, ASCII versus UNICODE, and bytes patterns.
import re

words = "Straße STRASSE straße ǅemal Ǆemal ǆemal ΣΊΣΥΦΟΣ σίσυφος Ⅻ ⅻ ſtop STOP Kelvin \u212aelvin"
for pat in [r"straße", r"σίσυφος", r"ǆemal", r"ⅻ", r"stop", r"kelvin", r"[a-z]+", r"[ς]"]:
    print(pat, re.findall(pat, words, re.I), re.findall(pat, words, re.I | re.A))

text = "naïve café — 123 ٣٤٥ 二十 x_y\u00a0z\u2003w ⁵ ½"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.A))
print(re.findall(r"\d+", text), re.findall(r"\d+", text, re.ASCII))
print(re.findall(r"\s", text), re.findall(r"\s", text, re.A))
print(re.findall(r"\W+", text))
print(re.findall(r"\b\w", "l'été à Noël"), re.findall(r"\B.", "ab çd"))
print(re.sub(r"(?u)\w", "*", "aé1_-"), re.sub(r"(?a)\w", "*", "aé1_-"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf4ghi"))
print(re.findall(r"(?i)[à-ö]+", "ÀÉÎÕÖ àéîõö"))
print(re.match(r"(?i)ǅ", "ǆ"), re.match(r"(?i)ǅ", "Ǆ"), re.match(r"(?i)\u0130", "i"), re.match(r"(?i)i", "\u0131"))
print(re.fullmatch(r"(?i)[^a]", "A"), re.fullmatch(r"(?i)[^k]", "\u212a"), re.fullmatch(r"(?i)\u00b5", "\u03bc"))
print(re.findall(r"(?i)\u1e9e", "ß ẞ ss"), re.findall(r"(?i)[\u00df]", "ẞ"))
print(re.findall(".", "a\nb"), re.findall("(?s).", "a\nb"), re.findall("(?m)^\\w", "ab\ncd\n\nef"))
print(re.findall(r"$", "a\n"), re.findall(r"(?m)$", "a\nb\n"), re.findall(r"\Z", "a\n"), re.search(r"a\Z", "a\n"))

# bytes: \w is ASCII-only, no unicode folding; LOCALE allowed.
data = b"caf\xe9 na\xefve 42 x_y"
print(re.findall(rb"\w+", data), re.findall(rb"[\x80-\xff]", data))
print(re.findall(rb"(?i)CAF", data), re.findall(rb"(?i)\xc9", data), re.findall(rb"(?L)\w+", b"ab cd"))
print(re.sub(rb"\d", b"#", data), re.subn(rb"\s", rb"_", data))
print(re.split(rb"\s", data), re.search(rb"(?P<n>\d+)", data).groupdict())
m = re.search(rb"(x)_(y)", data)
print(m, m.group(1, 2), m.expand(rb"\2-\1"), m.span(), m.string)
print(re.fullmatch(rb"[\x00-\x7f]*", b"plain ascii"), re.escape(b"\x00\xff.a"))

# Mixing types is an error.
for args in [(r"a", b"a"), (rb"a", "a"), (r"a", bytearray(b"a"))]:
    try:
        re.search(*args)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: re.sub("a", b"b", "a"), lambda: re.sub(b"a", "b", b"a")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
