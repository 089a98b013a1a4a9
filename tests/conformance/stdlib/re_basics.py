# re: search, match, fullmatch, pos/endpos, the Match API and reprs.
import re

def show(m):
    if m is None:
        print("  no match")
    else:
        print("  ", m, m.span(), repr(m.group()))

print("search / match / fullmatch")
for pat, s in [("a+", "xaaay"), ("a+", "aaay"), (r"\d+", "abc"), ("a|ab", "ab"),
               ("(a|ab)(c|bcd)", "abcd"), ("x*", "abc"), ("a.*c", "abcabc"), ("a.*?c", "abcabc")]:
    p = re.compile(pat)
    print(repr(pat), repr(s))
    show(p.search(s))
    show(p.match(s))
    show(p.fullmatch(s))

print("fullmatch backtracks into alternatives")
show(re.fullmatch("a|ab", "ab"))
show(re.fullmatch(r"(\w+?)(\d*)", "abc12"))

print("pos and endpos")
p = re.compile("a")
show(p.search("ba", 1))
show(p.search("ba", 1, 1))
show(re.compile("^a").search("ba", 1))
show(re.compile(r"\Ab").search("ab", 1))
show(re.compile("a$").search("ab", 0, 1))
show(p.match("ba", 1))
print(p.findall("aaaa", 1, 3))
show(p.search("aa", -5, 100))
show(p.search("a", 5))
m = p.search("xxaxx", 1, 4)
print(m.pos, m.endpos, m.string, m.re)
m = p.search("xa", -3, 99)
print(m.pos, m.endpos)

print("Match API")
m = re.search(r"(\w+)@(\w+)\.com", "mail: joe@example.com!")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(1, 2), m.group(0, 2))
print(m[0], m[1], m[2])
print(m.groups(), m.span(), m.span(1), m.start(2), m.end(2), m.regs)
print(m.lastindex, m.lastgroup, bool(m))
for bad in (3, -1, "x", 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m[7]
except IndexError as e:
    print("IndexError", e)

print("reprs")
print(re.match("abc", "abcdef"))
print(re.search("b", "a" * 20 + "b"))
print(re.search(".+", "x" * 80))
print(re.search("é+", "caféé!"))
print(re.match(b"ab", b"abc"))
print(re.compile("a+"))
print(re.compile(r"\d+\.\d*"))
print(re.compile("it's"))
print(re.compile(b"x\x00y"))
print(re.compile("a" * 250))
print(repr(re.compile("a", re.IGNORECASE)))
print(re.compile("a", re.I | re.M | re.S))
print(re.compile("a", re.X | re.A))
print(re.compile("(?i)a"))
print(re.compile("a", re.U))
print(re.compile(b"a", re.I))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("a", re.A).flags)
print(re.compile("(?im)a").flags)

print("compile cache and equality")
p1 = re.compile("x+y")
p2 = re.compile("x+y")
print(p1 == p2, p1 == re.compile("x+y", re.I), hash(p1) == hash(p2))
print(re.compile(p1) is p1)
print(p1.pattern, p1.groups, p1.groupindex)
re.purge()
print(re.compile("x+y") == p1)

print("bytes patterns")
m = re.search(rb"(\d+)-(\d+)", b"tel 12-345")
print(m, m.groups(), m.group(0))
print(re.findall(rb"\w+", b"ab cd\xe9f"))
print(re.match(b"a", bytearray(b"ab")))
print(re.match(b"a", bytearray(b"ab")).group())
print(re.escape("a.b*c?d e"), re.escape(b"1+1=2"))
print(re.escape("path/to\\file (1).txt"))

print("a long subject")
s = "ab" * 50000
print(len(re.match("(a|b)*", s).group()), len(re.findall("ab", s)))
print(re.search("(?:ab)+$", s).span(), re.match("(a|b)*", s).span(1))
print(re.search("b{3}", s))
