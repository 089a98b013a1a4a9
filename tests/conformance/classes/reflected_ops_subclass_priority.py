class Base:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"Base.__eq__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented
    def __lt__(self, o):
        print(f"Base.__lt__({type(self).__name__}, {type(o).__name__})")
        return NotImplemented
    def __add__(self, o):
        print("Base.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("Base.__radd__")
        return "Base.radd"
class Sub(Base):
    def __eq__(self, o):
        print(f"Sub.__eq__({type(self).__name__}, {type(o).__name__})")
        return self.v == o.v
    def __gt__(self, o):
        print(f"Sub.__gt__")
        return self.v > o.v
    def __radd__(self, o):
        print("Sub.__radd__")
        return "Sub.radd"
b, s = Base(1), Sub(1)
print(b == s)
print(s == b)
print(b < s)
print(b != s)
print(b + s)
print(s + b)
print(1 + b)
class Other:
    def __eq__(self, o):
        print("Other.__eq__"); return NotImplemented
print(Other() == Other(), Other() != Other())
o = Other()
print(o == o, o != o, o in [o], [o] == [o], (o,) == (o,))
class A:
    def __add__(self, o): return "A+"
class B:
    def __radd__(self, o): return "+B"
    def __iadd__(self, o): return "B+="
a, bb = A(), B()
print(a + bb, 1 + bb, [] + [] if False else "")
x = bb
x += 1
print(x)
class C:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "C+ fallback"
c = C(); c += 1; print(c)
class N:
    def __mul__(self, o): return "N*"
    def __rmul__(self, o): return "*N"
print(N() * 3, 3 * N(), "ab" * 2, [0] * 2, N() * N())
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __eq__(self, o): return "MyInt.eq"
    __hash__ = int.__hash__
print(1 + MyInt(2), MyInt(2) + 1, 1 == MyInt(1), MyInt(1) == 1, 1.0 + MyInt(2))
class MyStr(str):
    def __radd__(self, o): return "MyStr.radd"
print("a" + MyStr("b"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, o): return "MyList.radd"
print([1] + MyList([2]))
class F:
    def __float__(self): return 1.5
import math
print(math.floor(F()), math.sqrt(F()), round(F().__float__()))
class Cmp:
    def __init__(self, v): self.v = v
    def __le__(self, o): print("le"); return self.v <= o.v
    def __ge__(self, o): print("ge"); return self.v >= o.v
print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2))
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1, 2], key=Cmp) if False else "")
class Contains:
    def __contains__(self, x):
        print("contains", x); return x > 2
print(3 in Contains(), 1 not in Contains())
