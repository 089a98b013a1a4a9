"""fractions for pyseal: Fraction, exact rational numbers."""

import math as _math
import sys as _sys

__all__ = ["Fraction"]

# CPython's numeric hash works modulo this prime; infinity hashes to _HASH_INF.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _digit_run(s, i):
    """End of `digits(_digits)*` starting at i, or i when there is none."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and s[j] == "_" and s[j + 1].isdecimal():
        j += 2
        while j < n and s[j].isdecimal():
            j += 1
    return j


def _parse(text):
    """(numerator, denominator) of a numeric string, or None when it is not one."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in "+-":
        negative = s[i] == "-"
        i += 1
    if not (
        i < n and (s[i].isdecimal() or (s[i] == "." and i + 1 < n and s[i + 1].isdecimal()))
    ):
        return None
    j = _digit_run(s, i)
    numerator = int(s[i:j].replace("_", "") or "0")
    denominator = 1
    i = j
    if i < n and s[i] == "/":
        j = _digit_run(s, i + 1)
        if j == i + 1:
            return None
        denominator = int(s[i + 1 : j].replace("_", ""))
        i = j
    else:
        if i < n and s[i] == ".":
            j = _digit_run(s, i + 1)
            decimal = s[i + 1 : j].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            i = j
        if i < n and s[i] in "eE":
            k = i + 1
            if k < n and s[k] in "+-":
                k += 1
            j = _digit_run(s, k)
            if j == k:
                return None
            exp = int(s[i + 1 : j].replace("_", ""))
            if exp >= 0:
                numerator *= 10**exp
            else:
                denominator *= 10**-exp
            i = j
    if i != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


try:
    # build(Fraction, numerator, denominator): a new Fraction in one native call.
    from _slotted import build as _build
except ImportError:
    _build = None


def _make(cls, numerator, denominator):
    """A Fraction from an already normalized pair."""
    if cls is Fraction and _build is not None:
        return _build(cls, numerator, denominator)
    self = object.__new__(cls)
    self._numerator = numerator
    self._denominator = denominator
    return self


def _is_decimal(x):
    # decimal is only imported by programs that use it; a Decimal cannot exist before that.
    decimal = _sys.modules.get("decimal")
    return decimal is not None and isinstance(x, decimal.Decimal)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('1.25'), Fraction(0.5), Fraction(other)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _make(cls, numerator, 1)
            if _is_rational(numerator):
                return _make(cls, int(numerator.numerator), int(numerator.denominator))
            if isinstance(numerator, float) or _is_decimal(numerator):
                n, d = numerator.as_integer_ratio()
                return _make(cls, n, d)
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator,
            )
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        g = _math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        return _make(cls, numerator // g, denominator // g)

    @classmethod
    def from_float(cls, f):
        """The exact value of float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(
                f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})"
            )
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of Decimal dec as a Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError(
                f"{cls.__name__}.from_decimal() only takes Decimals, not {dec!r} "
                f"({type(dec).__name__})"
            )
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents until the next one is too big, then pick
        # the better of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return f"{self.__class__.__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # Arithmetic: exact with int and Fraction, through float or complex otherwise.

    def _coerce_other(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return _make(Fraction, int(other), 1)
        return None

    def __add__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return _add(a, c)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return _add(c, b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return _add(a, -c)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return _add(c, -b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return _mul(a, c)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return _mul(c, b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return _div(a, c)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return _div(c, b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return (a._numerator * c._denominator) // (a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return (c._numerator * b._denominator) // (c._denominator * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return _mod(a, c)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return _mod(c, b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        c = a._coerce_other(b)
        if c is not None:
            return _divmod(a, c)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        c = b._coerce_other(a)
        if c is not None:
            return _divmod(c, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = int(b.numerator)
                if power >= 0:
                    return _make(Fraction, a._numerator**power, a._denominator**power)
                if a._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
                if a._numerator > 0:
                    return _make(Fraction, a._denominator**-power, a._numerator**-power)
                return _make(
                    Fraction, (-a._denominator) ** -power, (-a._numerator) ** -power
                )
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a**b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a**b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _make(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _make(Fraction, abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __round__(self, ndigits=None):
        """Rounds half to even; with ndigits the result is a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if b.__class__ is Fraction:
            return a._numerator == b._numerator and a._denominator == b._denominator
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other):
        """(left, right) numbers whose order is self's order against other, or None."""
        if _is_rational(other):
            return (
                self._numerator * other.denominator,
                self._denominator * other.numerator,
            )
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return (0.0, other)
            f = self.from_float(other)
            return (self._numerator * f._denominator, self._denominator * f._numerator)
        return None

    def __lt__(a, b):
        cls = b.__class__
        if cls is Fraction:
            return a._numerator * b._denominator < a._denominator * b._numerator
        if cls is int:
            return a._numerator < a._denominator * b
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __gt__(a, b):
        cls = b.__class__
        if cls is Fraction:
            return a._numerator * b._denominator > a._denominator * b._numerator
        if cls is int:
            return a._numerator > a._denominator * b
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __le__(a, b):
        cls = b.__class__
        if cls is Fraction:
            return a._numerator * b._denominator <= a._denominator * b._numerator
        if cls is int:
            return a._numerator <= a._denominator * b
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __ge__(a, b):
        cls = b.__class__
        if cls is Fraction:
            return a._numerator * b._denominator >= a._denominator * b._numerator
        if cls is int:
            return a._numerator >= a._denominator * b
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _add(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g = _math.gcd(da, db)
    if g == 1:
        return _make(Fraction, na * db + da * nb, da * db)
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _math.gcd(t, g)
    if g2 == 1:
        return _make(Fraction, t, s * db)
    return _make(Fraction, t // g2, s * (db // g2))


def _mul(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = _math.gcd(na, db)
    if g1 > 1:
        na //= g1
        db //= g1
    g2 = _math.gcd(nb, da)
    if g2 > 1:
        nb //= g2
        da //= g2
    return _make(Fraction, na * nb, db * da)


def _div(a, b):
    na, da = a._numerator, a._denominator
    nb, db = b._numerator, b._denominator
    g1 = _math.gcd(na, nb)
    if g1 > 1:
        na //= g1
        nb //= g1
    g2 = _math.gcd(db, da)
    if g2 > 1:
        da //= g2
        db //= g2
    n, d = na * db, nb * da
    if d < 0:
        n, d = -n, -d
    if d == 0:
        raise ZeroDivisionError(f"Fraction({n}, 0)")
    return _make(Fraction, n, d)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


def _register_rational():
    # numbers registers Fraction itself when it is imported later: importing it here would
    # cost every program that imports fractions.
    numbers = _sys.modules.get("numbers")
    if numbers is not None:
        numbers.Rational.register(Fraction)


_register_rational()
del _register_rational
