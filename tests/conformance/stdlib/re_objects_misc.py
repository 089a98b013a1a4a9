# Pattern and Match objects: reprs, flags, equality, copying, pickling and their limits.
import re, copy, pickle

p = re.compile(r"(?P<word>\w+)\s(?P<num>\d+)?", re.I | re.M)
print(repr(p), p.flags == re.I | re.M | re.U, p.groups, dict(p.groupindex))
print(re.I | re.M, repr(re.I | re.M), re.IGNORECASE | re.DOTALL | re.VERBOSE)
print(re.compile("a", re.A), re.compile(b"a", re.L | re.I), re.compile("a", re.S | re.X | re.U))
print(re.compile("(?ims)a"), re.compile("(?a)a").flags, re.compile("a").flags)
print(repr(re.compile("x" * 300))[-20:], len(repr(re.compile("y" * 300))))
print(re.NOFLAG, re.A.name, re.I.value, list(re.M | re.S), re.X in (re.X | re.A))
print(p == re.compile(r"(?P<word>\w+)\s(?P<num>\d+)?", re.I | re.M), p == re.compile("x"))
print(hash(p) == hash(re.compile(r"(?P<word>\w+)\s(?P<num>\d+)?", re.I | re.M)))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
q = pickle.loads(pickle.dumps(p))
print(q == p, q.pattern, q.flags == p.flags)

m = p.search("--> Hello 42 <--")
print(repr(m))
print(m[0], m["word"], m[2], m.group(1, "num"), m.groups(), m.groupdict())
print(m.span("num"), m.start(2), m.end("word"), m.regs, m.lastindex, m.lastgroup)
print(m.re is p, m.string, m.pos, m.endpos)
print(copy.copy(m) is m, copy.deepcopy(m) is m)
m2 = p.search("Bye ")
print(m2.groups(), m2.groups("-"), m2.groupdict(default=0), m2.span(2), m2.lastgroup, m2.lastindex)
long = re.search(r"z+", "a" + "z" * 120)
print(repr(long))
print(repr(re.search(r"é+", "ééé")), repr(re.search(b"\\xff+", b"a\xff\xff")))
print(repr(re.search("", "abc")), repr(re.search(r"'", "it's")), repr(re.match('"', '"')))

for bad in [3, "nope", -1, 1.5]:
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.group(0, 5)
except IndexError as e:
    print("IndexError", e)

for base in (re.Pattern, re.Match):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print("TypeError:", e)
for cls in (re.Pattern, re.Match):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(re.Pattern, re.Match, type(p).__name__, type(m).__name__)
print(isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.Pattern[str], re.Match[bytes])

# The module's own cache and helpers.
re.purge()
print(re.escape("1+1=2? (yes) [no] {ok} ^$|\\ a-b #c ~d &e"), re.escape(b"a.b*c\x00"))
print(re.escape("tab\there\nnewline é ü"))
print(re.findall(re.escape("a.b"), "a.b axb a.b"))
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError:", e)
print(re.compile(p) is p, re.search(p, "X 1").group())
try:
    re.compile(42)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(b"a", re.U)
except ValueError as e:
    print("ValueError:", e)
