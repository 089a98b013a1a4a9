import re
p = re.compile(r"(?P<k>\w+)=(?P<v>\d+)?(x)?")
m = p.match("key=123")
print(m, m.group(), m.group(0), m.group(1, 2, 3), m.group("k", 2), m[0], m["v"], m[True])
print(m.groups(), m.groups("D"), m.groups(default=0), m.groupdict(), m.groupdict("z"), m.groupdict(default=1))
print(m.start(), m.end(), m.span(), m.start(2), m.end("v"), m.span(3), m.start(3), m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string, m.regs)
for bad in (4, -1, "nope", 1.5, None, 2**70, (1,)):
    for f in (m.group, m.__getitem__, m.start, m.end, m.span):
        try:
            print(f(bad))
        except Exception as e:
            print(type(e).__name__, e)
for call in (lambda: m.group(k=1), lambda: m.start(0, 1), lambda: m.groups(1, 2), lambda: m.groups(x=1),
             lambda: m.span(group=1), lambda: m.groupdict(1, default=2)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
b = re.compile(rb"(\w+)=(\d+)")
mb = b.search(b"  abc=42 ")
print(mb, mb.group(1), mb[2], mb.groups(), mb.span(2))
print(b.match(bytearray(b"q=1")), b.match(bytearray(b"q=1")).group(1))
print(p.match("key=1", 1), p.match("xkey=12", 1, 5), p.search("  a=1", pos=2), p.fullmatch(string="a=1"), p.match("a=1", endpos=2))
print(p.match("zz", -5, 99), p.search("é=3 k=4"), p.search("é=3 k=4").group(1), p.search("ab é=3", 3).span())
class S(str): pass
ms = p.match(S("u=9"))
print(ms, type(ms.string).__name__, type(ms.group(1)).__name__)
for call in (lambda: p.match(b"a=1"), lambda: b.match("a=1"), lambda: p.match(5), lambda: p.match("a", "x"), lambda: p.match(),
             lambda: re.Match.group(5), lambda: re.Pattern.match("s", "a")):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").group(1, 2), re.match("x*", "").group(0))
print([m.span() for m in re.finditer(r"\d", "a1b22")], re.sub(r"(\d)", lambda m: m.group(1) * 2, "a1b2"))
print(re.match(r"(?P<a>.)(?P<b>.)?", "q").groupdict(), re.search("(é+)", "ééé").span(1))
print(p.match.__name__, type(m).__name__, hasattr(m, "group"), callable(re.Match.group))
print(re.Match.group(m, 1), re.Pattern.search(p, "x=1"))
p = re.compile("a")
m = p.match("a")
for call in (lambda: p.match("a", 0, 1, 2), lambda: p.match("a", foo=1), lambda: p.match("a", string="b"), lambda: p.search(pos=0),
             lambda: p.match("a", 0, pos=1), lambda: p.fullmatch("a", "b"), lambda: p.match("a", 0, None), lambda: m.groups(1, x=2),
             lambda: m.groups(x=2, y=3), lambda: m.groupdict(1, 2), lambda: m.group(1, k=2), lambda: m.__getitem__(), lambda: m.end(1, 2), lambda: p.search("a", 1.0)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
