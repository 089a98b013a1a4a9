import numbers, math
from fractions import Fraction
from decimal import Decimal
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1).__name__, type(-a).__name__, type(abs(a)).__name__, a * 2, type(a // 2).__name__, str(a), f"{a:03d}", hex(a), int(a).__class__.__name__, type(+a))
class Money(float):
    def __str__(self): return f"${self:.2f}"
m = Money(3.5)
print(m, repr(m), m + 1, type(m + 1).__name__, round(m), type(round(m, 1)).__name__, [m], f"{m}", f"{m!r}", str(m))
class Idx:
    def __index__(self): return 3
print([1, 2, 3, 4, 5][Idx()], bin(Idx()), hex(Idx()), range(Idx()), math.factorial(Idx()), (10).to_bytes(Idx(), 'big'), 2 ** Idx() if False else '', 'ab' * Idx(), int(Idx()) if hasattr(Idx, '__int__') else 'noint')
try: print(int(Idx()))
except TypeError as e: print(e)
class F:
    def __float__(self): return 2.5
print(float(F()), math.sqrt(F()), math.floor(F()) if False else '')
try: int(F())
except TypeError as e: print(e)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __mul__(self, o): return V(self.x * o) if isinstance(o, (int, float)) else NotImplemented
    def __rmul__(self, o): return self * o
    def __pow__(self, e, mod=None): return V(pow(self.x, e, mod))
    def __rpow__(self, b): return V(b ** self.x)
    def __round__(self, n=None): return V(round(self.x, n))
    def __floor__(self): return math.floor(self.x)
    def __ceil__(self): return math.ceil(self.x)
    def __trunc__(self): return int(self.x)
    def __abs__(self): return V(abs(self.x))
    def __neg__(self): return V(-self.x)
    def __repr__(self): return f"V({self.x})"
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
v = V(2.5)
print(v + 1, 1 + v, v * 3, 3 * v, v ** 2, 2 ** v, pow(V(3), 4, 5), round(v), round(v, 0), math.floor(v), math.ceil(v), math.trunc(v), abs(-v), sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]), max(V(3), V(9)))
try: v * 'a'
except TypeError as e: print(e)
try: v @ v
except TypeError as e: print(e)
try: 'a' - v
except TypeError as e: print(e)
try: divmod(v, 2)
except TypeError as e: print(e)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(Fraction(1, 2), numbers.Rational), isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(bool, numbers.Integral), isinstance(1.5, numbers.Rational))
print(True + 1, True * 3.5, -True, ~True, True & False, True | 2, True ^ True, type(True & False).__name__, True // 2, divmod(True, 2), True ** 10, 1 / True, hash(True), int.__add__(1, True))
print(int.__mro__, bool.__mro__, float.__mro__)
print(sum([0.1] * 10), sum([1, 2, 3], 0.5), sum(range(10**6)), sum([Fraction(1, 3)] * 3), sum([[1], [2]], []), sum(x * x for x in range(100)))
print(max([1, 2.5, Fraction(7, 3)]), min(3, 2.0, key=lambda x: -x), sorted([3, 1.5, True, Fraction(1, 4), Decimal('0.3')]) if False else sorted([3, 1.5, True, Fraction(1, 4)]))
print(1 < 2.5 < Fraction(3), Decimal('1.5') < 2, Fraction(1, 2) == Decimal('0.5') if False else '', 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 2**53 == 2**53 + 1.0, 2**53 + 1 == 2.0**53, 10**20 == 1e20, 10**23 == 1e23, 1e23 < 10**23)
