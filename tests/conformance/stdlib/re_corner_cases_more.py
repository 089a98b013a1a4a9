# re corner cases: replacement escapes, empty matches, pos/endpos, bytes patterns, flags.
import re
# re corner cases
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "joe@site.com, ann@corp.com"))
print(re.sub(r"x", r"\n\t\\", "axb"), repr(re.sub("a", "\\\\n", "a")))
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print(e)
print(re.sub(r"(?P<first>\w)(?P<rest>\w*)", r"\g<rest>\g<first>ay", "hello world"))
print(re.split(r"[,;]\s*", "a, b;c,  d", maxsplit=2), re.split(r"(,)", ",a,"), re.split(r"(?:,)|(;)", "a,b;c"))
print(re.findall(r"(?i)[a-c]+", "ABCabcXYZ"), re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.findall(r"\bé\w*", "été ébène"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>\"[^\"]*\"|\S+)")
for m in pat.finditer('a=1 b="two words" c=x=y'):
    print(m.group("key", "val"), m.start(), m.end())
print(pat.sub(lambda m: f"{m['key'].upper()}:{m['val'].strip(chr(34))}", 'a=1 b="two words"'))
print(re.compile(r"\d+").search("abc 123 def 456", pos=5), pat.search("zz a=1", 3), re.compile(r"\d").search("a1b2", 2, 3))
print(re.compile("^a", re.M).findall("a\nab\nba"), re.compile(r"^\s*#").match("  # c"))
scanner_pat = re.compile(r"(?P<int>\d+)|(?P<op>[+*/-])|(?P<ws>\s+)")
pos = 0; toks = []
src = "12 + 3*4 - 5"
while pos < len(src):
    m = scanner_pat.match(src, pos)
    if not m: break
    if m.lastgroup != "ws": toks.append((m.lastgroup, m.group()))
    pos = m.end()
print(toks)
print(re.match(r"(?P<a>x)|(?P<b>y)", "y").groupdict(), re.match(r"(?P<a>x)|(?P<b>y)", "y").groupdict("-"))
print(re.fullmatch(r"[A-Z][a-z]*(?: [A-Z][a-z]*)*", "Hello World"), re.fullmatch(r"\d{3}-\d{4}", "555-12345"))
print(re.findall(r"(a)(?=(b))", "abab"), re.findall(r"(?<=(a))b", "abab"))
print(re.sub(r"\s+$", "", "trailing   \n"), re.sub(r"^\s+|\s+$", "", "  both  "), re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print([m.span() for m in re.finditer(r"", "ab")], [m.span() for m in re.finditer(r"\b", "a b")])
print(re.sub(r"a|(b)", lambda m: str(m.group(1)), "ab"), re.subn("(?i)A", "x", "aAa", 2))
p = re.compile(r"(\d+)-(\d+)")
m = p.search("range 10-20 end")
print(m[0], m[1], m[2], m.group(1, 2), m.start(2), m.span(0), len(m.groups()))
try:
    m.group(3)
except IndexError as e:
    print(e)
try:
    m.group("nope")
except IndexError as e:
    print(e)
print(re.compile(r"a+").split("baaac"), re.compile(r"[aeiou]").sub("*", "education", 3))
print(re.match(r"\w+", "日本語テキスト"), re.match(r"[\w\s]+", "tab\there"), re.findall(r"\S+", " a\u3000b\xa0c "))
print(re.findall(r"(?x) \d+  # digits\n | [a-z]+ # letters", "ab12cd"), re.search(r"(?i:HELLO) world", "hello world"))
print(re.compile(r"\d+").findall("1 22 333", 2), re.compile("x").fullmatch("xx", 1), re.compile("x").fullmatch("xx", 1, 2))
print(re.escape("hello world!"), re.escape(b"a.b"), re.search(re.escape("1+1=2"), "is 1+1=2?"))
print(re.match(rb"(\d+)", b"123abc").group(1), re.sub(rb"\s", b"_", b"a b\tc"), re.findall(rb"[a-z]+", b"ab 12 cd"))
try:
    re.match("a", b"a")
except TypeError as e:
    print(e)
print(re.I, re.M | re.S, repr(re.X | re.A), re.IGNORECASE == re.I, int(re.U))
print(re.compile(r"(?P<year>\d{4})").sub(r"<\g<year>>", "in 2023 and 1999"), re.sub(r"(\d)", r"\g<1>0", "a1b2"))
print(re.findall(r"a{2}|b{1,2}|c{2,}", "aaabbbcccc"), re.match(r"a*?b", "aaab").group(), re.match(r"(a+?)(a*)", "aaa").groups())
print(re.search(r"colou?r", "The color"), re.search(r"(?:Mr|Mrs|Ms)\.? [A-Z]\w+", "Hi Mrs Smith"))
print(re.sub(r"[^\x00-\x7f]", "?", "naïve ☃"), re.findall(r"[^\W_]+", "a_b c1"))
print(re.match(r"(?a)\w+", "abcé"), re.match(r"(?u)\w+", "abcé"), re.match(r"(?L)\w+", b"abc") if False else "")
print(re.findall(r"\d", "٣4"), re.findall(r"(?a)\d", "٣4"), re.match(r"\s+", "\x1c\x1d").span() if re.match(r"\s+", "\x1c") else None)
