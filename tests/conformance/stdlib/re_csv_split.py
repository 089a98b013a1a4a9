# CSV-ish and config splitting with re.split, groups in the separator, maxsplit.
import re

rows = [
    "name, age ,city",
    "Alice,30,  New York",
    "Bob ;25; Boston",
    "  Carol|41|Chicago  ",
    "Dan,,",
    "",
]
SEP = re.compile(r"\s*[,;|]\s*")
for row in rows:
    print(repr(row), "->", SEP.split(row.strip()))

# Separators kept with a capturing group, and optional groups that do not take part.
print(re.split(r"(,|;)", "a,b;c"))
print(re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"(?:(,)|;)(\s*)", "a, b;c,  d"))
print(re.split(r"\W+", "Words, words, words."))
print(re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"\W+", "Words, words, words.", 2))
print(re.split("[a-f]+", "0a3B9", flags=re.IGNORECASE))
print(re.split(r"\s*", "a b  c"))
print(re.split(r"\b", "one two"))
print(re.split(r"(?m)^", "l1\nl2\nl3"))
print(re.split(r"$", "end"), re.split("x", ""), re.split("", ""), re.split("", "abc"))
print(re.split(r"(a)?b", "xbyabz"))

# key = value lines, values may contain '='
config = """
# comment
host = example.org
port=8080
  path = /a=b/c
flag
"""
KV = re.compile(r"\s*=\s*")
for line in config.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    parts = KV.split(line, maxsplit=1)
    print(parts if len(parts) == 2 else ("bare", parts))

# A quoted-field splitter via findall on alternatives.
FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)')
def fields(line):
    out = []
    for quoted, plain in FIELD.findall(line):
        out.append(quoted.replace('""', '"') if quoted else plain)
    return out[:-1] if out and out[-1] == "" and line.rstrip().endswith((",",)) is False else out
for line in ['a,b,c', '"x, y",z', '"say ""hi""", 2 ,  3', 'solo']:
    print(line, "->", fields(line))

# bytes and bytearray subjects
print(re.split(rb"\s+", b"alpha  beta\tgamma"))
print(re.split(rb"(-)", bytearray(b"1-2-3")), re.compile(b",").split(memoryview(b"a,b")))
print(re.split(rb"x", b"axbx", maxsplit=-1))

# split on a str subclass gives plain str pieces
class Text(str):
    pass
parts = re.split(",", Text("p,q"))
print(parts, [type(p).__name__ for p in parts])

for bad in [(r"a", 5), (r"a", b"bytes"), (rb"a", "str")]:
    try:
        re.split(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile("a").split("abc", maxsplit="2")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a").split("abc", 1, 2)
except TypeError as e:
    print("TypeError:", e)
