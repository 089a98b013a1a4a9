# Lexing with Pattern.scanner() and the re.Scanner class; finditer laziness.
import re

sc = re.compile(r"\s*(\w+|[^\w\s])").scanner("let x = foo(1, 22);")
print(type(sc).__name__, sc.pattern)
while True:
    m = sc.match()
    if m is None:
        break
    print(m.group(1), m.span(1), m.pos, m.endpos)
print(sc.match(), sc.search())

# search() skips; empty matches must move on.
sc = re.compile(r"a*").scanner("baac")
print([sc.search() for _ in range(6)])
sc = re.compile(r"a*").scanner("baac")
print([sc.match() for _ in range(3)])
sc = re.compile(r"\d").scanner("a1b22c333", 2, 8)
print([m.group() for m in iter(sc.search, None)])

# re.Scanner: a lexicon of (pattern, action)
def number(scanner, token):
    return ("NUM", int(token))
def ident(scanner, token):
    return ("ID", token)
def op(scanner, token):
    return ("OP", token)
lex = re.Scanner([
    (r"\d+", number),
    (r"[A-Za-z_]\w*", ident),
    (r"[-+*/=()]", op),
    (r"\s+", None),
])
print(lex.scan("x = 42 + y1 * (7 - z)"))
print(lex.scan("a = 1 ? 2"))
print(lex.scan(""))

# finditer is lazy: stopping early works and the iterator type matches CPython.
it = re.finditer(r"\d+", "1 22 333 4444")
print(type(it).__name__)
print(next(it).group(), next(it).group())
print([m.group() for m in it])
print(list(it))
big = "x" * 50000 + "7"
first = next(re.finditer(r"x", big))
print(first.span())
print(sum(1 for _ in re.finditer(r"x{1000}", big)))

# finditer with pos and endpos; match.pos/endpos report the window
for m in re.compile(r"\w").finditer("abcdef", 2, 5):
    print(m.group(), m.pos, m.endpos, m.span())
print([m.span() for m in re.finditer(r"\b|x*", "ab xx c")])
print([m.group() for m in re.finditer(rb"[aeiou]", b"education")])
print([m.group() for m in re.finditer(rb"\w+", bytearray(b"byte array"))])

# Positions in non-ASCII text are in characters.
for m in re.finditer(r"\w+", "héllo wörld — ça va?"):
    print(m.group(), m.start(), m.end())

try:
    re.compile("x").scanner(b"x")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("x").finditer()
except TypeError as e:
    print("TypeError:", e)
try:
    type(sc)()
except TypeError as e:
    print("TypeError:", e)
