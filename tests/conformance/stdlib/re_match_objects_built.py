# Match objects as Pattern methods build them: pos/endpos clamping, bytearray subjects,
# finditer, sub callbacks, scanners, and that re.Match cannot be instantiated.
import re, copy
p = re.compile(r"(?P<k>\w+)=(?P<v>\d+)")
m = p.match("key=123 x=4")
print(m, m.pos, m.endpos, m.re is p, m.string, m.group(), m.group(1), m["v"], m.groups(), m.span(2), m.lastgroup, m.lastindex, m.regs)
m2 = p.search("zz a=1 b=2", 3, 8)
print(m2, m2.pos, m2.endpos, p.search("a=1", -5, 99).pos, p.search("a=1", -5, 99).endpos)
print(p.fullmatch("ab=12"), p.match(bytearray(b"a=1").decode()), type(m).__name__, isinstance(m, re.Match), copy.copy(m) is m)
bp = re.compile(rb"(\w)=(\d)")
bm = bp.match(bytearray(b"a=1"))
print(bm, bm.group(1), bm.string, bm.groups(), bm.endpos)
print([x.span() for x in p.finditer("a=1 b=2 c=3", 2)], [x.group() for x in p.finditer("a=1 b=2")], [x.endpos for x in bp.finditer(bytearray(b"a=1b=2"))])
print(p.sub(lambda mm: mm["k"].upper() + str(mm.endpos), "a=1 b=2"))
try:
    re.Match()
except TypeError as e:
    print(e)
sc = p.scanner("a=1 b=2")
print(sc.search(), sc.search(), sc.search())
print(re.match("a", "a").__class__ is re.Match, re.search("(x)?y", "y").group(1), m.expand(r"\g<v>-\1"))
