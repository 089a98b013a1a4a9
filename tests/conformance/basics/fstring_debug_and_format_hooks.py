class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return f"<{self.x}>"
    def __format__(self, spec):
        if spec == "": return str(self)
        if spec.startswith("x"): return f"P*{self.x:{spec[1:]}}"
        raise ValueError(f"bad spec {spec!r}")
p = P(42)
x = 3.14159
name = "world"
items = [1, 2]
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:x>6}", f"{p=}", f"{p = }", f"{p=!s}", f"{x=:.2f}", f"{x = :>10.3f}|")
print(f"{name=}", f"{items[0]=}", f"{len(items)=}", f"{1+1=}", f"{'q'=}", f"{x!r:>12}", f"{name!a}", f"{'é'!a}")
try:
    f"{p:zz}"
except ValueError as e:
    print("ValueError:", e)
w, prec = 10, 3
print(f"{x:{w}.{prec}f}|", f"{x:{'^'}{w}}|", f"{{literal}}", f"{'nested {}'.format(1)}", f"{p.x:#x}", f"{p.x:,}", f"{10**6:_}")
print(f"{'a' if x > 3 else 'b'}", f"{(lambda v: v * 2)(4)}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{x:e}", f"{-0.0:+}")
print("{0.x} {1[0]} {n}".format(p, items, n=name), "{:>{w}}".format("r", w=5), "{!r:^10}".format("s"), "%s %r %5.1f%%" % (p, p, 99.44))
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%-6s|" % "ab", "%c%c" % (65, "b"), "%x %o %e" % (255, 8, 12345.678))
try:
    "%d" % "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format()
except KeyError as e:
    print("KeyError:", e)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
print(format(1234567.891, ",.2f"), format(0.000012345, ".3g"), format(1e20, "g"), format(255, "08b"), format(3, "^5"), format("x", "*<3"))
print(format(True, "d"), format(True), f"{True:>5}", f"{None!r}", f"{None}", format(12, "n"), f"{3+4j:.1f}", f"{2**70:,}")
class NoFormat: pass
try:
    f"{NoFormat():x}"
except TypeError as e:
    print("TypeError:", e)
print(str([p, P("s")]), str((p,)), str({p: p}) if False else "", repr([p]), [str(p)])
print(1, 2, sep=None, end=None)
print("a", "b", sep="", end="\n")
import sys
print("x", file=None)
print(*[], sep="-")
print(*"abc", sep="-", end="!\n")
