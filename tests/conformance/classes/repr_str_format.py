class Money:
    def __init__(self, amount, cur="EUR"): self.amount, self.cur = amount, cur
    def __repr__(self): return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self): return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short": return f"{self.amount:.0f}{self.cur[0]}"
        return format(str(self), spec)
m = Money(12.5)
print(m, repr(m), str(m), [m], (m,), {"k": m}, f"{m}", f"{m!r}", f"{m:short}", f"[{m:>15}]", "{:short}".format(m))
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self): return "only-str"
o = OnlyStr()
print(o, [repr(o).startswith("<__main__.OnlyStr object at ")])
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print("TypeError:", e)
class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __repr__(self):
        return f"Tree({self.v}" + "".join(", " + repr(k) for k in self.kids) + ")"
print(Tree(1, Tree(2), Tree(3, Tree(4))))
