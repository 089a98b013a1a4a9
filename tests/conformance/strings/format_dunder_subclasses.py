class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec.endswith("$"):
            return f"${self.cents/100:{spec[:-1] or ''},.2f}"
        return format(self.cents, spec)
    def __str__(self): return f"{self.cents/100:.2f}"
    def __repr__(self): return f"Money({self.cents})"
m = Money(1234567)
print(f"{m}", f"{m:$}", f"{m:>15$}", f"{m:x}", "{0:$} {0!r} {0!s}".format(m), [m], str([m]), "%s %r" % (m, m))
print(format(m, ""), format(m), f"{m!s:>12}", f"{m!r:*<14}")
class P:
    pass
p = P()
try:
    format(p, "x")
except TypeError as e:
    print(e)
print(format(p, "") == str(p))
class S(str):
    def __str__(self): return "custom"
    def __format__(self, spec): return "F" + spec
s = S("raw")
print(s, str(s), f"{s}", f"{s:>5}", "%s" % s, [s], s + "x", s.upper(), type(s.upper()).__name__, repr(s))
class I(int):
    def __repr__(self): return "I!"
    def __str__(self): return "I-str"
i = I(5)
print(i, f"{i}", f"{i:d}", "%d" % i, "%s" % i, "%r" % i, [i], i + 1, format(i, ">3"), str(i), repr(i))
class F(float):
    pass
print(F(1.5), f"{F(2.5):.3f}", F(1.5) + 1, repr(F(0.1)))
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()), len(B()), "yes" if B() else "no")
class L(list):
    def __repr__(self): return "L" + super().__repr__()
print(L([1, 2]), [L([3])], str(L()), {"k": L([1])})
class D(dict):
    def __missing__(self, key): return key * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d, repr(d))
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t = T(1, 2)
print(t, type(t).__name__, t + (3,), type(t + (3,)).__name__, t[0:1], type(t[0:1]).__name__)
class K:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"K{self.k}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)]), min(K(1), K(0)))
try:
    K(1) > 5
except TypeError as e:
    print(e)
try:
    K(1) <= K(2)
except TypeError as e:
    print(e)
class E:
    def __eq__(self, o): return True
print(E() == 1, E() != 1, [E()] == [2], E() in [1, 2], [1, 2].index(E()), [1, 2].count(E()))
class H:
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H)
print(len({H(), H()}), len({1, H()}), {H(): 1}[H()])
print(str(P).startswith("<class '__main__.P'>"), repr(P)[:17], P.__name__, P.__qualname__, type(p).__name__)
class Q:
    __slots__ = ("a",)
print(Q.__slots__, hasattr(Q(), "__dict__"))
