# re: flags (module constants, inline, scoped), VERBOSE, IGNORECASE, ASCII, MULTILINE, DOTALL.
import re

print("flag values and reprs")
for f in [re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG]:
    print(repr(f), str(f), int(f), f.value, f.name)
print(re.I | re.M, re.M | re.I, repr(re.I | re.S | re.X), (re.I | re.M).name)
print(re.I | re.M == 10, re.I == 2, re.I & re.M, re.I & 2, 8 | re.I, re.I ^ re.I)
print(f"{re.I}", format(re.I, "d"), "%d" % re.M, re.I + 1, isinstance(re.I, int))
print(type(re.I).__name__, re.RegexFlag(2) is not None, re.RegexFlag(10))

print("IGNORECASE")
for pat, s in [("hello", "HeLLo"), ("[a-z]+", "ABCdef"), ("ſ", "S"), ("s", "ſ"), ("k", "\u212a"),
               ("[k]", "\u212a"), ("é", "É"), ("[^a]", "A"), ("ΣΑΣ", "σας"), ("[α-ω]+", "ΑΒΓ"),
               ("ǆ", "ǅ"), ("i", "İ"), ("ı", "I"), ("[0-9a-f]+", "DEADbeef"), ("µ", "Μ")]:
    m = re.search(pat, s, re.I)
    print(repr(pat), repr(s), m and m.span())
print(re.findall(r"(?i)\bthe\b", "The theory of THE thing"))
print(re.match(r"(a)\1", "aA", re.I), re.match(r"(a)\1", "aA"))
print(re.sub("(?i)x", "-", "xXyx"))

print("ASCII and Unicode classes")
print(re.findall(r"\d+", "٣٤5 12"), re.findall(r"\d+", "٣٤5 12", re.A))
print(re.findall(r"\w+", "héllo wörld_1"), re.findall(r"\w+", "héllo wörld_1", re.ASCII))
print(re.findall(r"\s", "a \t\n\x0b\x0c\r\x1c\u3000b"), re.findall(r"\s", "a\x1c\u3000 b", re.A))
print(re.search("(?a)é", "É", re.I), re.search("é", "É", re.I | re.A))
print(re.findall(r"\b\w+\b", "naïve café"), re.findall(r"(?a)\b\w+\b", "naïve café"))
print(re.findall(r"[^\W\d_]+", "ab_12cd3é"), re.findall(r"\W+", "a-+b"))
print(re.findall(rb"\w+", b"caf\xe9 ok"), re.findall(rb"(?i)CAF", b"caf Caf"))

print("MULTILINE and DOTALL")
text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.search(r"line.second", text), re.search(r"line.second", text, re.S))
print(re.findall(r"(?ms)^s.*?d$", text))
print(re.search("foo$", "foo\n"), re.search("foo$", "foo\nbar"), re.search(r"foo\Z", "foo\n"))
print(re.findall("$", "a\nb\n"), re.findall("(?m)$", "a\nb\n"))
print(re.search(r"\A\w", "ab\ncd", re.M).group(), re.findall(r"(?m)\A\w", "ab\ncd"))

print("inline and scoped flags")
print(re.match("(?i)abc", "ABC"), re.match("(?i:a)b", "Ab"), re.match("(?i:a)b", "AB"))
print(re.match("(?-i:a)b", "ab", re.I), re.match("(?-i:a)b", "Ab", re.I))
print(re.findall("(?s:.)a.", "\na\n\na"), re.findall("(?x: a b )c", "abc"))
print(re.compile("(?i)(?m)a").flags, re.compile("(?x)a").flags & re.X, re.compile("(?a)a").flags)
print(re.compile("(?i)a"), re.compile("(?s)a"))

print("VERBOSE")
number = re.compile(r"""
    ^\s*
    (?P<sign>[-+])?       # optional sign
    (?P<int>\d+)          # integer part
    (?: \. (?P<frac>\d*) )?   # fraction
    (?: [eE] (?P<exp>[-+]?\d+) )?
    \s*$
""", re.VERBOSE)
for s in ["42", " -3.25 ", "+1e10", "6.02E-23", "abc", "1.2.3"]:
    m = number.match(s)
    print(repr(s), m and m.groupdict())
print(re.findall(r"(?x) [ a]+ ", "a a"), re.match(r"(?x)a\ b", "a b"), re.match(r"(?x)a  #x\n b", "ab"))
print(re.match(r"(?x) a {2} ", "aa"), re.match(r"(?x)a\#b", "a#b"), re.findall(r"(?x)[#]", "#"))
phone = re.compile(r"""(\d{3})   # area
                       [-.\s]?   # separator
                       (\d{4})   # number""", re.X)
print(phone.findall("call 555-1234 or 555 9876 or 5551111"))

print("flag errors")
for pat, flags in [("a", re.L), (b"a", re.U), ("a", re.A | re.U), ("(?L)a", 0), (b"(?u)a", 0), ("(?au)a", 0)]:
    try:
        re.compile(pat, flags)
    except ValueError as e:
        print("ValueError:", e)
    except re.error as e:
        print("re.error:", e)
