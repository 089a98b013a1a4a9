class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o): return self.parts == o.parts if isinstance(o, Version) else NotImplemented
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    def __hash__(self): return hash(self.parts)
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs), vs[1] == vs[4], vs[0] > vs[1], vs[2] <= vs[1], len(set(vs)))
print(Version("1.0") == "1.0", Version("1.0") != "1.0")
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"  {self.v} < {o.v}")
        return self.v < o.v
print(OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
class NoEq: pass
a = NoEq()
print(a == a, a == NoEq(), a != a)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), AlwaysEq() != 5, [AlwaysEq()].count(9), 3 in [AlwaysEq()])
try:
    hash(AlwaysEq())
except TypeError as e:
    print("TypeError:", e)
