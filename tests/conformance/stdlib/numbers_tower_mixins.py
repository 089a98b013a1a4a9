# numbers: registration of the built-in types, the abstract-method lists, and the concrete
# methods the ABCs supply to a class that implements only the abstract ones.
import decimal
import fractions
import numbers

KINDS = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for value in (True, 7, 2.5, 1j, fractions.Fraction(3, 4), decimal.Decimal("1.5"), "7", None):
    print(repr(value), [kind.__name__ for kind in KINDS if isinstance(value, kind)])
for kind in KINDS:
    print(kind.__name__, sorted(kind.__abstractmethods__))
    print("  ", [c.__name__ for c in kind.__mro__], kind.__hash__ is None)
    try:
        kind()
    except TypeError as err:
        print("  ", err)


class Tenths(numbers.Rational):
    """value / 10, implementing only what Rational leaves abstract."""

    def __init__(self, tenths):
        self.tenths = tenths

    def __repr__(self):
        return "Tenths(%d)" % self.tenths

    numerator = property(lambda self: self.tenths // _gcd(self.tenths, 10))
    denominator = property(lambda self: 10 // _gcd(self.tenths, 10))

    def _wrap(op):
        def method(self, other):
            other = other.tenths if isinstance(other, Tenths) else other * 10
            return op(self.tenths, other)
        return method

    __add__ = _wrap(lambda a, b: Tenths(a + b))
    __radd__ = _wrap(lambda a, b: Tenths(b + a))
    __mul__ = _wrap(lambda a, b: Tenths(a * b // 10))
    __rmul__ = __mul__
    __truediv__ = _wrap(lambda a, b: a / b)
    __rtruediv__ = _wrap(lambda a, b: b / a)
    __floordiv__ = _wrap(lambda a, b: a // b)
    __rfloordiv__ = _wrap(lambda a, b: b // a)
    __mod__ = _wrap(lambda a, b: Tenths(a % b))
    __rmod__ = _wrap(lambda a, b: Tenths(b % a))
    __lt__ = _wrap(lambda a, b: a < b)
    __le__ = _wrap(lambda a, b: a <= b)
    __eq__ = _wrap(lambda a, b: a == b)
    __pow__ = _wrap(lambda a, b: (a / 10) ** (b / 10))
    __rpow__ = _wrap(lambda a, b: (b / 10) ** (a / 10))
    del _wrap

    def __neg__(self):
        return Tenths(-self.tenths)

    def __pos__(self):
        return Tenths(self.tenths)

    def __abs__(self):
        return Tenths(abs(self.tenths))

    def __trunc__(self):
        return int(self.tenths / 10)

    def __floor__(self):
        return self.tenths // 10

    def __ceil__(self):
        return -(-self.tenths // 10)

    def __round__(self, ndigits=None):
        return round(self.tenths / 10, ndigits)


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


t = Tenths(25)
print(t.numerator, t.denominator, float(t), complex(t), t.real, t.imag, t.conjugate())
print(t - 1, 1 - t, t - Tenths(5), bool(t), bool(Tenths(0)), divmod(t, 1), divmod(7, t))
print(isinstance(t, numbers.Real), isinstance(t, numbers.Integral))


class Small(numbers.Integral):
    """Integers below 1000, with only the abstract methods written."""

    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Small(%d)" % self.n

    def __int__(self):
        return self.n


for name in sorted(numbers.Integral.__abstractmethods__):
    if name not in Small.__dict__:
        setattr(Small, name, lambda self, *args, _name=name: ("called", _name, len(args)))
Small.__abstractmethods__ = frozenset()
s = Small(42)
print(s.__index__(), float(s), s.numerator, s.denominator, [10, 20, 30, 40][Small(2)])
print(hex(Small(255)), bin(Small(5)), s.real, s.imag, s.conjugate(), s + 1)
print(s.__sub__(1), s - 1)
