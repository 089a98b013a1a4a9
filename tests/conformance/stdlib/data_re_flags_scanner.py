# re.RegexFlag as an enum-like flag (repr in definition order, iteration, names, ~),
# the TEMPLATE/DEBUG members, re.Scanner as a tiny lexer, Pattern.scanner stepping.
import re

print(repr(re.I | re.M), repr(re.A | re.I), repr(re.U | re.M | re.S), repr(re.NOFLAG))
print(repr(re.DEBUG), repr(re.T), repr(re.TEMPLATE), repr(re.I | re.DEBUG), re.T.value, re.DEBUG.value)
print(repr(re.RegexFlag(512 | 2)), repr(re.RegexFlag(1024)), str(re.RegexFlag(1024)), repr(re.RegexFlag(2 | 1024)))
print(re.I.name, (re.I | re.M).name, re.RegexFlag(512 | 2).name, re.RegexFlag(1024).name, re.NOFLAG.name)
print(repr(~re.I), repr(~re.NOFLAG), repr(~(re.I | re.M)), type(~re.I))
print(list(re.A | re.I | re.T), len(re.A | re.I), len(re.NOFLAG), re.I in (re.I | re.M), re.S in (re.I | re.M))
try:
    print("x" in re.I)
except TypeError as e:
    print("TypeError", e)
print(re.RegexFlag.IGNORECASE, re.RegexFlag["DOTALL"], re.RegexFlag(8), re.RegexFlag.I, list(re.RegexFlag)[:3], len(re.RegexFlag))
for bad in ["nope"]:
    try:
        re.RegexFlag[bad]
    except KeyError as e:
        print("KeyError", e)
try:
    re.RegexFlag("x")
except ValueError as e:
    print("ValueError", e)
print(re.I == 2, re.I + 1, type(re.I + 1).__name__, bool(re.NOFLAG), f"{re.M}", "%s %d" % (re.M, re.M), f"{re.I:d}", format(re.I | re.M, ""))
print(repr(re.compile("x", re.I | re.A | re.M)), repr(re.compile("x", 1024 | 2)), re.compile("x", re.S | re.X).flags)

# A tokenizer with re.Scanner.
def num(scanner, text):
    return ("NUM", int(text))

lex = re.Scanner([
    (r"\d+", num),
    (r"[A-Za-z_]\w*", lambda s, t: ("ID", t)),
    (r"\s+", None),
    (r"[-+*/()=]", lambda s, t: ("OP", t)),
    (r"#.*", "COMMENT"),
])
for src in ["x = 42 + y1 * (7 - z)", "a+b # note", "1 2 ? 3", "", "   "]:
    tokens, rest = lex.scan(src)
    print(repr(src), tokens, repr(rest))
print(len(lex.lexicon), lex.lexicon[0][0])
ci = re.Scanner([(r"[a-z]+", lambda s, t: t.upper()), (r"\s", None)], re.I)
print(ci.scan("Hello World 9"))
seen = []
def remember(scanner, text):
    seen.append((scanner.match.start(), scanner.match.end(), scanner.match.group()))
    return text
print(re.Scanner([(r"\w+", remember), (r",", None)]).scan("ab,cde,f"), seen)

# Pattern.scanner: match() and search() continue where the previous match ended.
sc = re.compile(r"\d+").scanner("12 345 6")
print(sc.pattern.pattern, sc.match(), sc.match(), sc.search(), sc.search(), sc.search())
sc = re.compile(r"x*").scanner("axxb")
print([m.span() for m in iter(sc.search, None)])
sc = re.compile(r"[a-z]").scanner("abc1d")
print([m.group() for m in iter(sc.match, None)])
