# Numeric and container dunders on user classes: reflected operands (subclass first),
# three-argument pow, round/trunc/floor/ceil/index, in-place operators on subclasses of
# list/dict/set (the object itself stays the result), str/int/float/list/dict subclasses.
import math, operator
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __sub__(self, o): return N(self.v - (o.v if isinstance(o, N) else o))
    def __rsub__(self, o): return N(o - self.v)
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    __rmul__ = __mul__
    def __truediv__(self, o): return N(self.v / o)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __divmod__(self, o): return (self // o, self % o)
    def __pow__(self, o, m=None): return N(pow(self.v, o, m))
    def __rpow__(self, o): return N(o ** self.v)
    def __neg__(self): return N(-self.v)
    def __pos__(self): return self
    def __abs__(self): return N(abs(self.v))
    def __invert__(self): return N(~self.v)
    def __lshift__(self, o): return N(self.v << o)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __matmul__(self, o): return "matmul"
    def __round__(self, nd=None): return N(round(self.v, nd))
    def __trunc__(self): return int(self.v)
    def __floor__(self): return math.floor(self.v)
    def __ceil__(self): return math.ceil(self.v)
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v)
    def __bool__(self): return bool(self.v)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, N) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, N) else o)
    __hash__ = None
    def __iadd__(self, o): self.v += 100; return self
class M(N):
    def __radd__(self, o): return "M.__radd__ wins"
n = N(7)
print(n + 1, 1 + n, n - 2, 10 - n, n * 3, 3 * n, n / 2, n // 2, n % 4, divmod(n, 4), n ** 2, 2 ** n, pow(n, 2, 5), -n, +n, abs(N(-3)), ~n, n << 2, n & 3, n | 8, n ^ 1, n @ n)
print(round(N(2.567), 1), round(N(2.5)), math.trunc(N(3.9)), math.floor(N(3.9)), math.ceil(N(3.1)), [1, 2, 3][N(1)], int(N(4.2)), float(N(3)), complex(N(2)), bool(N(0)), hex(N(255)), operator.index(N(5)))
print(N(1) + M(2), sorted([N(3), N(1), N(2)]), N(2) == 2, N(2) != 3, N(1) < N(2), N(3) > N(2), max(N(1), N(5)).v)
m = n; m += 1; print(m, m is n)
try: hash(n)
except TypeError as e: print(e)
try: n < "x"
except TypeError as e: print(e)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __contains__(self, x): return x == 99
print(list(Seq()), 10 in Seq(), 99 in Seq(), reversed(Seq()).__class__.__name__, list(reversed(Seq())), len(Seq()), bool(Seq()))
class Num2(int):
    def __add__(self, o): return "sub add"
print(Num2(1) + 2, 2 + Num2(1), Num2(5) * 2, type(Num2(5) * 2).__name__, Num2(3) == 3, str(Num2(4)), repr(Num2(4)), f"{Num2(4):03d}")
class F(float):
    def __repr__(self): return "F!"
print(F(1.5), [F(1)], F(2) + 1, str(F(2.5)), format(F(2.5), ".2f"))
class S(str):
    def __add__(self, o): return S(str.__add__(self, o).upper())
print(S("ab") + "cd", "x" + S("y"), S("hi").upper(), type(S("a") * 2).__name__, S("ab")[0], type(S("ab")[0]).__name__)
class L(list):
    def append(self, x): super().append(x * 2)
l = L([1]); l.append(5); l += [3]; print(l, type(l).__name__, type(l + [1]).__name__, len(l), l[1:], type(l[1:]).__name__)
class D(dict):
    def __missing__(self, k): return k.upper()
d = D(a=1); print(d["a"], d["zz"], d.get("zz"), {**d}, type(d.copy()).__name__, D.fromkeys("ab").__class__.__name__)
class L(list): pass
class D(dict): pass
class S(set): pass
l = L([1]); l2 = l; l += [2]; l *= 2; print(type(l).__name__, l is l2, l)
d = D(a=1); d2 = d; d |= {"b": 2}; print(type(d).__name__, d is d2, d)
s = S({1}); s2 = s; s |= {2}; s &= {2, 3}; s -= {9}; s ^= {4}; print(type(s).__name__, s is s2, sorted(s))
