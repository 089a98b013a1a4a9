"""decimal for pyseal: decimal floating point arithmetic (the General Decimal Arithmetic
specification, as CPython's decimal module implements it).

A Decimal is a sign, an integer coefficient and a power-of-ten exponent (or an infinity or a
NaN). Results are exact, then rounded to the context's precision with its rounding mode;
conditions set the context's flags and raise when trapped (InvalidOperation, DivisionByZero
and Overflow by default). Provided: construction from str/int/float/tuple, arithmetic with
ints, comparisons with int/float/Fraction, hashing equal to equal numbers, quantize, the
to_integral family, sqrt, integer powers, format specs, exp, ln, log10 and
non-integer powers (correctly rounded, computed with growing guard digits), and the usual
queries.
"""

import math as _math
import sys as _sys

__all__ = ["Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
           "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
           "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
           "FloatOperation", "DivisionImpossible", "InvalidContext", "ConversionSyntax",
           "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN",
           "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
           "setcontext", "getcontext", "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN",
           "MIN_ETINY", "HAVE_THREADS", "HAVE_CONTEXTVAR"]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
            Rounded, Subnormal, Underflow]
# Conditions that are reported through another signal's flag and trap.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# libmpdec's status bits: a Context's repr lists flags and traps in this order.
_FLAG_BITS = {Clamped: 0x1, InvalidOperation: 0x2, DivisionByZero: 0x4, Inexact: 0x40,
              FloatOperation: 0x400, Overflow: 0x800, Rounded: 0x1000, Subnormal: 0x2000,
              Underflow: 0x4000}
_INVALID_BITS = {ConversionSyntax: 0x2, DivisionImpossible: 0x8, DivisionUndefined: 0x10,
                 InvalidContext: 0x80}

_ROUNDING_TEXT = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, "
                  "ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                  "   ROUND_05UP]")
_SIGNALS_TEXT = ("valid values for signals are:\n  [InvalidOperation, FloatOperation, "
                 "DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                 "   Clamped]")


def _fast_limits(context):
    """(coefficient bound, lowest exponent, highest exponent): a finite result whose
    coefficient is below the bound and whose exponent is in the range needs no rounding,
    clamping or signal in this context (the hot paths' test before Decimal._fix).

    The bound is 10 ** prec, capped so a huge precision does not build a huge number (a
    coefficient below the cap still has at most prec digits)."""
    prec = context.prec
    return (10 ** min(prec, 400), context.Emin, context.Emax - prec + 1)


# The order in which CPython's flags and traps mappings list the signals.
_SIGNAL_DICT_ORDER = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
                      Subnormal, Inexact, Rounded, Clamped]


class SignalDict(dict):
    """Context.flags and Context.traps: a signal -> bool dict, listed and printed as CPython
    prints them."""

    __slots__ = ()

    def __repr__(self):
        return "{" + ", ".join("%s:%s" % item for item in self.items()) + "}"


_SignalDict = SignalDict
del SignalDict


def _signal_map(value, list_ok):
    """A signal -> bool dict from what Context() (a list of signals or a complete signal
    dict) or an assignment to traps/flags (a complete signal dict) accepts."""
    if list_ok and isinstance(value, list):
        for s in value:
            if s not in _SIGNALS:
                raise KeyError(_SIGNALS_TEXT)
        return _SignalDict((s, s in value) for s in _SIGNAL_DICT_ORDER)
    if not isinstance(value, dict):
        raise TypeError("argument must be a signal dict")
    if len(value) != len(_SIGNALS) or any(s not in value for s in _SIGNALS):
        raise KeyError("invalid signal dict")
    return _SignalDict((s, bool(value[s])) for s in _SIGNAL_DICT_ORDER)


class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if "DefaultContext" in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (
            dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            self.traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero,
                                                             Overflow) for s in _SIGNALS}
        else:
            self.traps = _signal_map(traps, True)
        if flags is None:
            self.flags = {s: False for s in _SIGNALS}
        else:
            self.flags = _signal_map(flags, True)

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "rounding":
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, "
                                "ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, "
                                "ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == "Emin":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ("capitals", "clamp"):
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        elif name in ("traps", "flags"):
            value = _signal_map(value, False)
            if name == "flags":
                object.__setattr__(self, "_invalid_bit", None)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)
        if name in ("prec", "Emin", "Emax"):
            attrs = self.__dict__
            if "prec" in attrs and "Emin" in attrs and "Emax" in attrs:
                object.__setattr__(self, "_fast_limits", _fast_limits(self))

    def __repr__(self):
        # CPython lists the flags by the bit of the condition that raised them: an
        # InvalidOperation sits where its first condition's bit does.
        invalid_bit = getattr(self, "_invalid_bit", None) or 2
        order = sorted(_FLAG_BITS.items(), key=lambda kv: invalid_bit
                       if kv[0] is InvalidOperation else kv[1])
        flags = [s.__name__ for s, _ in order if self.flags.get(s)]
        traps = [s.__name__ for s in _SIGNALS if self.traps.get(s)]
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ", ".join(flags),
                                             ", ".join(traps)))

    def copy(self):
        new = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                      self.clamp, dict(self.flags), dict(self.traps))
        object.__setattr__(new, "_invalid_bit", getattr(self, "_invalid_bit", None))
        return new

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False
        object.__setattr__(self, "_invalid_bit", None)

    def _note_invalid(self, condition):
        bit = _INVALID_BITS.get(condition, 256)
        old = getattr(self, "_invalid_bit", None)
        if not self.flags[InvalidOperation]:
            old = None
        object.__setattr__(self, "_invalid_bit", bit if old is None else min(old, bit))

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise_error(self, condition, explanation=None):
        """Records a condition; raises it when its signal is trapped."""
        signal = _CONDITION_SIGNAL.get(condition, condition)
        if signal is InvalidOperation:
            self._note_invalid(condition)
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def _raise_errors(self, conditions):
        """Records several conditions of one operation (given in CPython's signal order); if
        any is trapped, raises the first trapped one, listing all the trapped conditions."""
        trapped = []
        for condition in conditions:
            signal = _CONDITION_SIGNAL.get(condition, condition)
            if signal is InvalidOperation:
                self._note_invalid(condition)
            self.flags[signal] = True
            if self.traps.get(signal):
                trapped.append((condition, signal))
        if trapped:
            raise trapped[0][1]([c for c, _ in trapped])

    def create_decimal(self, num="0"):
        if isinstance(num, str) and (num != num.strip() or "_" in num):
            return Decimal._from_invalid(self)
        d = Decimal(num, context=self)
        if d._special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, context=self, strict=True)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, context=self, strict=True)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, context=self, strict=True)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, context=self, strict=True)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, context=self, strict=True)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, context=self, strict=True)

    def divmod(self, a, b):
        return _convert(a, True).__divmod__(b, context=self, strict=True)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, context=self, strict=True)

    def plus(self, a):
        return _convert(a, True).__pos__(context=self)

    def minus(self, a):
        return _convert(a, True).__neg__(context=self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, context=self)

    def max(self, a, b):
        return _convert(a, True).max(b, context=self)

    def min(self, a, b):
        return _convert(a, True).min(b, context=self)

    def to_integral_value(self, a):
        return _convert(a, True).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert(a, True).to_integral_exact(context=self)

    def normalize(self, a):
        return _convert(a, True).normalize(context=self)

    def to_sci_string(self, a):
        return _convert(a, True).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a, True).to_eng_string(context=self)

    def is_zero(self, a):
        return _convert(a, True).is_zero()

    def is_signed(self, a):
        return _convert(a, True).is_signed()

    def copy_abs(self, a):
        return _convert(a, True).copy_abs()

    def copy_negate(self, a):
        return _convert(a, True).copy_negate()

    def fma(self, a, b, c):
        return _convert(a, True).fma(b, c, context=self)

    def remainder_near(self, a, b):
        return _convert(a, True).remainder_near(b, context=self)

    def max_mag(self, a, b):
        return _convert(a, True).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _convert(a, True).min_mag(b, context=self)

    def compare_signal(self, a, b):
        return _convert(a, True).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _convert(a, True).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert(a, True).compare_total_mag(b)

    def copy_sign(self, a, b):
        return _convert(a, True).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert(a, True))

    def exp(self, a):
        return _convert(a, True).exp(context=self)

    def ln(self, a):
        return _convert(a, True).ln(context=self)

    def log10(self, a):
        return _convert(a, True).log10(context=self)

    def logb(self, a):
        return _convert(a, True).logb(context=self)

    def next_plus(self, a):
        return _convert(a, True).next_plus(context=self)

    def next_minus(self, a):
        return _convert(a, True).next_minus(context=self)

    def next_toward(self, a, b):
        return _convert(a, True).next_toward(b, context=self)

    def number_class(self, a):
        return _convert(a, True).number_class(context=self)

    def same_quantum(self, a, b):
        return _convert(a, True).same_quantum(b)

    def scaleb(self, a, b):
        return _convert(a, True).scaleb(b, context=self)

    def is_finite(self, a):
        return _convert(a, True).is_finite()

    def is_infinite(self, a):
        return _convert(a, True).is_infinite()

    def is_nan(self, a):
        return _convert(a, True).is_nan()

    def is_qnan(self, a):
        return _convert(a, True).is_qnan()

    def is_snan(self, a):
        return _convert(a, True).is_snan()

    def is_normal(self, a):
        return _convert(a, True).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert(a, True).is_subnormal(context=self)

    def is_canonical(self, a):
        return _convert(a, True).is_canonical()

    def canonical(self, a):
        return _convert(a, True)

    def radix(self):
        return Decimal(10)


_current_context = None

try:
    # Native fast paths for Decimal's hottest methods (installed at the end of the module);
    # it must see every change of the current context.
    import _decimal_core as _core
except ImportError:
    _core = None


def getcontext():
    """The current context (a copy of DefaultContext until set)."""
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
        if _core is not None:
            _core.set_context(_current_context)
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    _current_context = context
    if _core is not None:
        _core.set_context(context)


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block with a copy of ctx (default: the current)."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags",
                       "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return "DecimalTuple(sign=%r, digits=%r, exponent=%r)" % tuple(self)


def _parse_general(text):
    """(sign, coefficient or NaN payload, exponent, special) of a number in Decimal's full
    syntax (Unicode digits, infinities, NaNs; case-insensitive words), text already stripped;
    None when it is not one. Like CPython, underscores are ignored wherever they are. No
    regex: importing re would cost every program that imports decimal."""
    text = text.replace("_", "")
    sign = 0
    if text[:1] == "-" or text[:1] == "+":
        sign = 1 if text[0] == "-" else 0
        text = text[1:]
    # The words are ASCII (only ASCII letters lower-case to these), the payload any digits.
    if len(text) <= 8 and text.lower() in ("inf", "infinity"):
        return sign, 0, 0, "inf"
    low = text[:4].lower()
    kind = "snan" if low.startswith("snan") else ("nan" if low.startswith("nan") else None)
    if kind is not None:
        payload = text[len(kind):]
        if not payload:
            return sign, 0, 0, kind
        return (sign, int(payload), 0, kind) if payload.isdecimal() else None
    exp = 0
    marker = max(text.find("e"), text.find("E"))
    if marker >= 0:
        exp_text = text[marker + 1:]
        text = text[:marker]
        negative = exp_text[:1] == "-"
        if exp_text[:1] == "-" or exp_text[:1] == "+":
            exp_text = exp_text[1:]
        if not exp_text.isdecimal():
            return None
        exp = -int(exp_text) if negative else int(exp_text)
    intpart, _, frac = text.partition(".")
    if (intpart and not intpart.isdecimal()) or (frac and not frac.isdecimal()):
        return None
    if not intpart and not frac:
        return None
    return sign, int(intpart + frac), exp - len(frac), None


_PLAIN_CHARS = frozenset("0123456789.+-eE")


def _parse_plain(text):
    """(sign, coefficient, exponent) of a plain ASCII number like '-12.5e3', else None."""
    # First the commonest form, digits with an optional point and minus sign ('-12.50').
    t = text[1:] if text[:1] == "-" else text
    intpart, _, frac = t.partition(".")
    digits = intpart + frac
    if digits.isdigit() and digits.isascii():
        return (1 if t is not text else 0), int(digits), -len(frac)
    t = text.strip()
    if not t or not _PLAIN_CHARS.issuperset(t):
        return None
    sign = 0
    if t[0] in "+-":
        sign = 1 if t[0] == "-" else 0
        t = t[1:]
    mantissa, marker, exp_text = t.partition("e") if "e" in t else t.partition("E")
    intpart, _, frac = mantissa.partition(".")
    if not (intpart or frac) or not (intpart.isdigit() or not intpart) or not (
            frac.isdigit() or not frac):
        return None
    exp = 0
    if marker:
        body = exp_text[1:] if exp_text[:1] in "+-" else exp_text
        if not body.isdigit():
            return None
        exp = int(exp_text)
    return sign, int(intpart + frac), exp - len(frac)


def _ndigits(n):
    """The number of decimal digits of n (1 for 0); no str() for huge n, which the integer
    string conversion limit would refuse."""
    if not n:
        return 1
    n = abs(n)
    bits = n.bit_length()
    if bits <= 14000:
        return len(str(n))
    d = (bits - 1) * 30103 // 100000
    while 10 ** d > n:
        d -= 1
    while 10 ** (d + 1) <= n:
        d += 1
    return d + 1


# Powers of ten for the hot paths to index rather than compute.
_POW10 = [10 ** i for i in range(64)]
# Below this, len(str(n)) counts digits within any int string conversion limit.
_STR_SAFE = 10 ** 600

try:
    # build(Decimal, sign, coef, exp, special): a new Decimal in one native call.
    from _slotted import build as _build
except ImportError:
    _new_object = object.__new__
    _set_slot = object.__setattr__

    def _build(cls, sign, coef, exp, special):
        self = _new_object(cls)
        _set_slot(self, "_sign", sign)
        _set_slot(self, "_coef", coef)
        _set_slot(self, "_exp", exp)
        _set_slot(self, "_special", special)
        return self


def _dec(sign, coef, exp, special=None):
    """A new Decimal from its parts, taken as they are (no rounding)."""
    return _build(Decimal, sign, coef, exp, special)


def _context():
    """The current context (getcontext() without the call in the common case)."""
    return _current_context or getcontext()


def _signed_pair(a, b):
    """The values of the finite a and b as signed coefficients scaled to one exponent,
    and that exponent; None when the exponents are too far apart to scale cheaply."""
    ea = a._exp
    eb = b._exp
    x = a._coef
    y = b._coef
    if ea > eb:
        if ea - eb >= 64:
            return None
        x *= _POW10[ea - eb]
        ea = eb
    elif eb > ea:
        if eb - ea >= 64:
            return None
        y *= _POW10[eb - ea]
    return (-x if a._sign else x), (-y if b._sign else y), ea


def _finite_order(a, b):
    """-1, 0 or 1 for the Decimal a against b, a Decimal or an int, both finite; None when
    the slow path must decide (special values, far apart exponents, other types)."""
    cls = b.__class__
    if cls is int:
        if a._special is not None:
            return None
        e = a._exp
        if e == 0:
            x = -a._coef if a._sign else a._coef
            return (x > b) - (x < b)
        if 0 > e > -64:
            x = -a._coef if a._sign else a._coef
            y = b * _POW10[-e]
            return (x > y) - (x < y)
        return None
    if cls is not Decimal or a._special is not None or b._special is not None:
        return None
    pair = _signed_pair(a, b)
    if pair is None:
        return None
    x, y, _ = pair
    return (x > y) - (x < y)


def _finite_sum(total, exp, context):
    """The Decimal total * 10 ** exp (total an int; the sum of two nonzero operands), rounded
    to the context."""
    if total == 0:
        sign = 1 if context.rounding == ROUND_FLOOR else 0
        return _build(Decimal, sign, 0, exp, None)._fix(context)
    sign = 0
    if total < 0:
        sign = 1
        total = -total
    bound, emin, etop = context._fast_limits
    if total < bound and emin <= exp <= etop:
        return _build(Decimal, sign, total, exp, None)
    return _build(Decimal, sign, total, exp, None)._fix(context)


def _rounded_flags(context, inexact):
    """Signals Inexact (when inexact) and Rounded, in CPython's order."""
    traps = context.traps
    if (inexact and traps.get(Inexact)) or traps.get(Rounded):
        context._raise_errors([Inexact, Rounded] if inexact else [Rounded])
    flags = context.flags
    if inexact:
        flags[Inexact] = True
    flags[Rounded] = True


class Decimal:
    """A decimal floating point number, immutable."""

    __slots__ = ("_sign", "_coef", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        kind = value.__class__
        if cls is Decimal and (kind is str or kind is int):
            if kind is int:
                if value < 0:
                    return _build(Decimal, 1, -value, 0, None)
                return _build(Decimal, 0, value, 0, None)
            # _parse_plain's first case, inline.
            intpart, _, frac = value.partition(".")
            digits = intpart + frac
            if digits.isdigit() and digits.isascii():
                return _build(Decimal, 0, int(digits), -len(frac), None)
            simple = _parse_plain(value)
            if simple is not None:
                return _build(Decimal, simple[0], simple[1], simple[2], None)
        self = object.__new__(cls)
        if isinstance(value, str):
            simple = _parse_plain(value)
            if simple is not None:
                return cls._make(simple[0], simple[1], simple[2], None, self)
            parsed = _parse_general(value.strip(" \t\n\r\f\v"))
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise_error(ConversionSyntax, "Invalid literal for Decimal")
                return cls._nan(0, 0, "nan", self)
            return cls._make(parsed[0], parsed[1], parsed[2], parsed[3], self)
        if isinstance(value, int):
            return cls._make(1 if value < 0 else 0, abs(value), 0, None, self)
        if isinstance(value, Decimal):
            return cls._make(value._sign, value._coef, value._exp, value._special, self)
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(FloatOperation, "strict semantics for mixing floats and "
                                 "Decimals are enabled")
            return cls.from_float(value)
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if isinstance(exp, str) and exp not in ("F", "n", "N"):
                raise ValueError("string argument in the third position must be 'F', 'n' "
                                 "or 'N'")
            if not isinstance(digits, (list, tuple)):
                raise ValueError("coefficient must be a tuple of digits")
            coef = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coef = coef * 10 + d
            if exp == "F":
                return cls._make(sign, 0, 0, "inf", self)
            if exp in ("n", "N"):
                return cls._make(sign, coef, 0, "nan" if exp == "n" else "snan", self)
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            return cls._make(sign, coef, exp, None, self)
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def _make(cls, sign, coef, exp, special=None, self=None):
        if self is None:
            self = object.__new__(cls)
        object.__setattr__(self, "_sign", sign)
        object.__setattr__(self, "_coef", coef)
        object.__setattr__(self, "_exp", exp)
        object.__setattr__(self, "_special", special)
        return self

    @classmethod
    def _nan(cls, sign, payload, kind, self=None):
        return cls._make(sign, payload, 0, kind, self)

    @classmethod
    def _from_invalid(cls, context):
        context._raise_error(ConversionSyntax, "Invalid literal for Decimal")
        return cls._make(0, 0, 0, "nan")

    def __setattr__(self, name, value):
        if name in ('real', 'imag'):
            raise AttributeError(f"attribute '{name}' of 'decimal.Decimal' objects is not "
                                 "writable")
        raise AttributeError(f"'decimal.Decimal' object has no attribute '{name}'")

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float.")
        if _math.isinf(f):
            return cls._make(1 if f < 0 else 0, 0, 0, "inf")
        if _math.isnan(f):
            return cls._make(0, 0, 0, "nan")
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        return cls._make(sign, n * 5 ** k, -k)

    # -- queries ------------------------------------------------------------------------

    def is_nan(self):
        return self._special in ("nan", "snan")

    def is_snan(self):
        return self._special == "snan"

    def is_qnan(self):
        return self._special == "nan"

    def is_infinite(self):
        return self._special == "inf"

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._coef == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or self._coef == 0:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special or self._coef == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._coef)) if (self._coef or not self._special) \
            else ()
        if self._special == "inf":
            exp = "F"
            digits = (0,)
        elif self._special == "nan":
            exp = "n"
        elif self._special == "snan":
            exp = "N"
        else:
            exp = self._exp
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special == "inf":
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._coef == 0:
            return 0, 1
        n, d = self._coef, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def canonical(self):
        return self

    def number_class(self, context=None):
        if self._special == "snan":
            return "sNaN"
        if self._special == "nan":
            return "NaN"
        s = "-" if self._sign else "+"
        if self._special == "inf":
            return s + "Infinity"
        if self._coef == 0:
            return s + "Zero"
        if self.is_subnormal(context):
            return s + "Subnormal"
        return s + "Normal"

    def radix(self):
        return Decimal(10)

    # -- text ---------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = "-" if self._sign else ""
        exp = self._exp
        if self._special is None and exp <= 0:
            # The plain forms, the same in scientific and engineering notation.
            digits = str(self._coef)
            if not exp:
                return sign + digits
            point = exp + len(digits)
            if point > 0:
                return sign + digits[:point] + "." + digits[point:]
            if point > -6:
                return sign + "0." + "0" * -point + digits
        if self._special == "inf":
            return sign + "Infinity"
        if self._special:
            name = "NaN" if self._special == "nan" else "sNaN"
            return sign + name + (str(self._coef) if self._coef else "")
        digits = str(self._coef)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._coef == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = "0"
            fracpart = "." + "0" * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace]
            fracpart = "." + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ""
        else:
            if context is None:
                context = getcontext()
            exp = ("E" if context.capitals else "e") + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    # -- rounding -----------------------------------------------------------------------

    @staticmethod
    def _round_coef(coef, drop, rounding, sign):
        """coef with its last `drop` digits removed, rounded; also whether it was inexact."""
        if drop <= 0:
            return coef * 10 ** (-drop), False
        if drop >= 64 and drop > _ndigits(coef) + 1:
            # Every digit goes, and what goes is less than half a unit (a far underflow:
            # no need to build 10 ** drop).
            if coef == 0:
                return 0, False
            up = (rounding in (ROUND_UP, ROUND_05UP) or (rounding == ROUND_CEILING and sign == 0)
                  or (rounding == ROUND_FLOOR and sign == 1))
            return (1 if up else 0), True
        unit = _POW10[drop] if drop < 64 else 10 ** drop
        q, r = divmod(coef, unit)
        if r == 0:
            return q, False
        half = unit >> 1
        if rounding == ROUND_DOWN:
            up = False
        elif rounding == ROUND_UP:
            up = True
        elif rounding == ROUND_HALF_UP:
            up = r >= half
        elif rounding == ROUND_HALF_DOWN:
            up = r > half
        elif rounding == ROUND_HALF_EVEN:
            up = r > half or (r == half and q % 2 == 1)
        elif rounding == ROUND_CEILING:
            up = sign == 0
        elif rounding == ROUND_FLOOR:
            up = sign == 1
        else:
            up = q % 10 in (0, 5)
        return q + 1 if up else q, True

    def _fix(self, context):
        """This number rounded to the context's precision and within its exponent range."""
        if self._special:
            return self
        bound, emin, etop = context._fast_limits
        if self._coef < bound and emin <= self._exp <= etop:
            return self
        prec = context.prec
        etiny = emin - prec + 1
        coef, exp, sign = self._coef, self._exp, self._sign
        if coef == 0:
            exp_max = etop if context.clamp else context.Emax
            new_exp = min(max(exp, etiny), exp_max)
            if new_exp != exp:
                context._raise_error(Clamped)
                return _dec(sign, 0, new_exp)
            return self
        ndig = _ndigits(coef)
        exp_min = ndig + exp - prec
        if exp_min > etop:
            context._raise_errors([Overflow, Inexact, Rounded])
            return self._overflow_result(context, sign)
        self_is_subnormal = exp_min < etiny
        if self_is_subnormal:
            exp_min = etiny
        if exp < exp_min:
            drop = exp_min - exp
            coef, inexact = self._round_coef(coef, drop, context.rounding, sign)
            exp = exp_min
            if coef >= bound and _ndigits(coef) > prec:
                coef //= 10
                exp += 1
                if exp > etop:
                    context._raise_errors([Overflow, Inexact, Rounded])
                    return self._overflow_result(context, sign)
            traps = context.traps
            if not (self_is_subnormal or traps.get(Rounded) or (inexact and traps.get(Inexact))):
                # The usual outcome, with no signal to raise: just the flags.
                flags = context.flags
                flags[Rounded] = True
                if inexact:
                    flags[Inexact] = True
                return _build(Decimal, sign, coef, exp, None)
            # Every condition is flagged before the first trapped one (in CPython's signal
            # order) is raised.
            underflow = self_is_subnormal and inexact
            conditions = [Underflow] if underflow else []
            if self_is_subnormal:
                conditions.append(Subnormal)
            if inexact:
                conditions.append(Inexact)
            conditions.append(Rounded)
            if underflow and coef == 0:
                conditions.append(Clamped)
            context._raise_errors(conditions)
            return _dec(sign, coef, exp)
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and exp > etop:
            context._raise_error(Clamped)
            coef = coef * 10 ** (exp - etop)
            return _dec(sign, coef, etop)
        return self

    @staticmethod
    def _overflow_result(context, sign):
        r = context.rounding
        if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1)):
            return _dec(sign, 0, 0, "inf")
        return _dec(sign, 10 ** context.prec - 1, context.Emax - context.prec + 1)

    def _check_nans(self, other=None, context=None):
        """The NaN result of an operation on a NaN operand (None when there is none)."""
        if context is None:
            context = getcontext()
        for op in (self, other):
            if op is not None and op._special == "snan":
                context._raise_error(InvalidOperation, "sNaN")
                return _dec(op._sign, op._coef, 0, "nan")
        for op in (self, other):
            if op is not None and op._special == "nan":
                return op
        return None

    # -- arithmetic ---------------------------------------------------------------------

    def __add__(self, other, context=None, strict=False):
        if other.__class__ is not Decimal:
            other = _convert(other, strict)
            if other is NotImplemented:
                return other
        if context is None:
            context = _current_context or getcontext()
        if self._special is None and other._special is None:
            exp = self._exp
            if exp == other._exp:
                # One exponent (a column of prices): inline. A zero total keeps to the
                # slow path, which picks its sign.
                total = ((-self._coef if self._sign else self._coef)
                         + (-other._coef if other._sign else other._coef))
                if total:
                    sign = 0
                    if total < 0:
                        sign = 1
                        total = -total
                    bound, emin, etop = context._fast_limits
                    if total < bound and emin <= exp <= etop:
                        return _build(Decimal, sign, total, exp, None)
                    return _build(Decimal, sign, total, exp, None)._fix(context)
            elif self._coef and other._coef:
                pair = _signed_pair(self, other)
                if pair is not None:
                    return _finite_sum(pair[0] + pair[1], pair[2], context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "inf" or other._special == "inf":
            if self._special == other._special == "inf" and self._sign != other._sign:
                context._raise_error(InvalidOperation, "-INF + INF")
                return _dec(0, 0, 0, "nan")
            return self if self._special == "inf" else other
        exp = min(self._exp, other._exp)
        if self._coef == 0 or other._coef == 0:
            if self._coef == 0 and other._coef == 0:
                sign = self._sign & other._sign
                if self._sign != other._sign and context.rounding == ROUND_FLOOR:
                    sign = 1
                return _dec(sign, 0, exp)._fix(context)
            nonzero = other if self._coef == 0 else self
            zero = self if self._coef == 0 else other
            # Zero contributes only its exponent: the result keeps as many of the digits
            # that asks for as the precision has room for (dropping the others, all zeros,
            # is a rounding).
            wanted = max(0, nonzero._exp - zero._exp)
            shift = min(wanted, max(0, context.prec - _ndigits(nonzero._coef)))
            result = _dec(nonzero._sign, nonzero._coef * 10 ** shift,
                          nonzero._exp - shift)._fix(context)
            if shift < wanted:
                context._raise_error(Rounded)
            return result
        a, b = self, other
        if a._exp < b._exp:
            a, b = b, a
        # a has the larger exponent; a far smaller b only matters as a sticky digit.
        a_len = _ndigits(a._coef)
        limit = a._exp + min(-1, a_len - context.prec - 2)
        b_coef, b_exp = b._coef, b._exp
        if _ndigits(b_coef) + b_exp - 1 < limit:
            b_coef, b_exp = 1, limit
        a_coef = a._coef * 10 ** (a._exp - b_exp)
        va = -a_coef if a._sign else a_coef
        vb = -b_coef if b._sign else b_coef
        total = va + vb
        if total == 0:
            sign = 1 if context.rounding == ROUND_FLOOR else 0
            return _dec(sign, 0, exp)._fix(context)
        return _dec(1 if total < 0 else 0, abs(total), b_exp)._fix(context)

    def __radd__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__add__(self, context=context)

    def __sub__(self, other, context=None, strict=False):
        if other.__class__ is not Decimal:
            other = _convert(other, strict)
            if other is NotImplemented:
                return other
        if context is None:
            context = _current_context or getcontext()
        if self._special is None and other._special is None:
            exp = self._exp
            if exp == other._exp:
                # One exponent (a column of prices): inline. A zero total keeps to the
                # slow path, which picks its sign.
                total = ((-self._coef if self._sign else self._coef)
                         - (-other._coef if other._sign else other._coef))
                if total:
                    sign = 0
                    if total < 0:
                        sign = 1
                        total = -total
                    bound, emin, etop = context._fast_limits
                    if total < bound and emin <= exp <= etop:
                        return _build(Decimal, sign, total, exp, None)
                    return _build(Decimal, sign, total, exp, None)._fix(context)
            elif self._coef and other._coef:
                pair = _signed_pair(self, other)
                if pair is not None:
                    return _finite_sum(pair[0] - pair[1], pair[2], context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None, strict=False):
        if other.__class__ is int and self._special is None:
            # Price times quantity: no Decimal for the int.
            if context is None:
                context = _current_context or getcontext()
            sign = self._sign
            if other < 0:
                sign ^= 1
                other = -other
            coef = self._coef * other
            bound, emin, etop = context._fast_limits
            if coef < bound and emin <= self._exp <= etop:
                return _build(Decimal, sign, coef, self._exp, None)
            return _build(Decimal, sign, coef, self._exp, None)._fix(context)
        if other.__class__ is not Decimal:
            other = _convert(other, strict)
            if other is NotImplemented:
                return other
        if context is None:
            context = _current_context or getcontext()
        if self._special is None and other._special is None:
            coef = self._coef * other._coef
            exp = self._exp + other._exp
            bound, emin, etop = context._fast_limits
            if coef < bound and emin <= exp <= etop:
                return _build(Decimal, self._sign ^ other._sign, coef, exp, None)
            return _build(Decimal, self._sign ^ other._sign, coef, exp, None)._fix(context)
        sign = self._sign ^ other._sign
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "inf" or other._special == "inf":
            if self.is_zero() or other.is_zero():
                context._raise_error(InvalidOperation, "(+-)INF * 0")
                return _dec(0, 0, 0, "nan")
            return _dec(sign, 0, 0, "inf")
        return _dec(sign, self._coef * other._coef,
                             self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mul__(self, context=context)

    def __truediv__(self, other, context=None, strict=False):
        if other.__class__ is not Decimal:
            other = _convert(other, strict)
            if other is NotImplemented:
                return other
        if context is None:
            context = _current_context or getcontext()
        sign = self._sign ^ other._sign
        if self._special is None and other._special is None and other._coef:
            return self._finite_quotient(other, sign, context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "inf" and other._special == "inf":
            context._raise_error(InvalidOperation, "(+-)INF/(+-)INF")
            return _dec(0, 0, 0, "nan")
        if self._special == "inf":
            return _dec(sign, 0, 0, "inf")
        if other._special == "inf":
            context._raise_error(Clamped, "Division by infinity")
            return _dec(sign, 0, context.Etiny())
        if other._coef == 0:
            if self._coef == 0:
                context._raise_error(DivisionUndefined, "0 / 0")
                return _dec(0, 0, 0, "nan")
            context._raise_error(DivisionByZero, "x / 0")
            return _dec(sign, 0, 0, "inf")
        return self._finite_quotient(other, sign, context)

    def _finite_quotient(self, other, sign, context):
        """self / other for finite operands, other nonzero."""
        if self._coef == 0:
            exp = self._exp - other._exp
            coef = 0
        else:
            a, b = self._coef, other._coef
            if a < _STR_SAFE and b < _STR_SAFE:
                shift = len(str(b)) - len(str(a)) + context.prec + 1
            else:
                shift = _ndigits(b) - _ndigits(a) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coef, remainder = divmod(self._coef * 10 ** shift, other._coef)
            else:
                coef, remainder = divmod(self._coef, other._coef * 10 ** -shift)
            if remainder:
                # A sticky digit makes the rounding see the discarded remainder.
                if coef % 5 == 0:
                    coef += 1
            else:
                ideal_exp = self._exp - other._exp
                while exp + 8 <= ideal_exp and coef % 100000000 == 0:
                    coef //= 100000000
                    exp += 8
                while exp < ideal_exp and coef % 10 == 0:
                    coef //= 10
                    exp += 1
        return _build(Decimal, sign, coef, exp, None)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer part of self / other, remainder), both exact, or signal."""
        sign = self._sign ^ other._sign
        if other._special == "inf":
            ideal = self._exp
        else:
            ideal = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if self._coef == 0 or other._special == "inf" or expdiff <= -2:
            return (_dec(sign, 0, 0),
                    _dec(self._sign, self._coef, self._exp)._rescale_exact(ideal))
        if expdiff <= context.prec:
            a, b = self._coef, other._coef
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return _dec(sign, q, 0), _dec(self._sign, r, ideal)
        context._raise_error(DivisionImpossible,
                             "quotient too large in //, % or divmod")
        nan = _dec(0, 0, 0, "nan")
        return nan, nan

    def _rescale_exact(self, exp):
        if self._coef == 0 or exp >= self._exp:
            if self._coef == 0:
                return _dec(self._sign, 0, exp)
            return self
        return _dec(self._sign, self._coef * 10 ** (self._exp - exp), exp)

    def __divmod__(self, other, context=None, strict=False):
        other = _convert(other, strict)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        sign = self._sign ^ other._sign
        if self._special == "inf":
            if other._special == "inf":
                context._raise_error(InvalidOperation, "divmod(INF, INF)")
                nan = _dec(0, 0, 0, "nan")
                return nan, nan
            context._raise_error(InvalidOperation, "INF % x")
            return _dec(sign, 0, 0, "inf"), _dec(0, 0, 0, "nan")
        if other._coef == 0 and other._special is None:
            if self._coef == 0:
                context._raise_error(DivisionUndefined, "divmod(0, 0)")
                nan = _dec(0, 0, 0, "nan")
                return nan, nan
            context._raise_errors([InvalidOperation, DivisionByZero])
            return _dec(sign, 0, 0, "inf"), _dec(0, 0, 0, "nan")
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None, strict=False):
        other = _convert(other, strict)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "inf":
            context._raise_error(InvalidOperation, "INF % x")
            return _dec(0, 0, 0, "nan")
        if other._coef == 0 and other._special is None:
            if self._coef == 0:
                context._raise_error(DivisionUndefined, "0 % 0")
            else:
                context._raise_error(InvalidOperation, "x % 0")
            return _dec(0, 0, 0, "nan")
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None, strict=False):
        other = _convert(other, strict)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == "inf":
            if other._special == "inf":
                context._raise_error(InvalidOperation, "INF // INF")
                return _dec(0, 0, 0, "nan")
            return _dec(sign, 0, 0, "inf")
        if other._coef == 0 and other._special is None:
            if self._coef == 0:
                context._raise_error(DivisionUndefined, "0 // 0")
                return _dec(0, 0, 0, "nan")
            context._raise_error(DivisionByZero, "x // 0")
            return _dec(sign, 0, 0, "inf")
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None, strict=False):
        other = _convert(other, strict)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special == "inf" or self._special == "inf":
            return self._power_special(other, context)
        if not other._is_integer():
            if self._coef == 0:
                if other._sign:
                    return _dec(0, 0, 0, "inf")
                return _dec(0, 0, 0)._fix(context)
            if self._sign:
                context._raise_error(InvalidOperation, "x ** y with x negative and y not an "
                                                       "integer")
                return _dec(0, 0, 0, "nan")
            return _transcendental(context, lambda w: _power_fixed(self, other, w), False)
        if self._coef == 1 and self._exp == 0 and self._sign == 0:
            return _dec(0, 1, 0)
        n = int(other)
        if self._coef == 0:
            if n == 0:
                context._raise_error(InvalidOperation, "0 ** 0")
                return _dec(0, 0, 0, "nan")
            sign = self._sign if n % 2 else 0
            if n < 0:
                return _dec(sign, 0, 0, "inf")
            return _dec(sign, 0, 0)._fix(context)
        sign = self._sign if n % 2 else 0
        if n == 0:
            return _dec(0, 1, 0)._fix(context)
        if n > 0:
            # The exact power would be huge: its digits only matter up to the precision.
            if abs(n) * (_ndigits(self._coef) + 2) > context.prec * 8 + 10000:
                return self._power_rounded(n, context, sign)
            return _dec(sign, self._coef ** n, self._exp * n)._fix(context)
        if abs(n) * (_ndigits(self._coef) + 2) > context.prec * 8 + 10000:
            return self._power_rounded(n, context, sign)
        denom = _dec(0, self._coef ** (-n), self._exp * (-n))
        one = _dec(sign, 1, 0)
        return one.__truediv__(denom, context=context)

    def _power_rounded(self, n, context, sign):
        """x**n for a large |n| by repeated squaring at extra precision."""
        extra = len(str(abs(n))) + 5
        work = context.copy()
        work.prec = context.prec + extra
        work.traps = {s: False for s in _SIGNALS}
        work.clear_flags()
        # Intermediate results may go far outside the context's exponent range: the final
        # rounding decides overflow or underflow.
        work.Emax = MAX_EMAX
        work.Emin = MIN_EMIN
        base = _dec(0, self._coef, self._exp)
        result = _dec(0, 1, 0)
        k = abs(n)
        while k:
            if k & 1:
                result = result.__mul__(base, context=work)
            base = base.__mul__(base, context=work)
            k >>= 1
        if n < 0:
            result = _dec(0, 1, 0).__truediv__(result, context=work)
        if result._special == "inf" or work.flags[Overflow]:
            if n < 0:
                # Even the widest range overflowed: the reciprocal underflows in any context.
                result = _dec(0, 1, 2 * MIN_EMIN)
            else:
                context._raise_error(Inexact)
                context._raise_error(Rounded)
                context._raise_error(Overflow, "above Emax")
                return self._overflow_result(context, sign)
        out = _dec(sign, result._coef, result._exp)._fix(context)
        context._raise_error(Inexact)
        context._raise_error(Rounded)
        return out

    def _power_special(self, other, context):
        if other._special == "inf":
            one = _dec(0, 1, 0)
            cmp = self.copy_abs()._cmp(one)
            if self._sign and not self.is_zero() and False:
                pass
            if cmp == 0:
                return _dec(0, 1, 0)._fix(context)
            big = cmp > 0
            if other._sign:
                big = not big
            if self._sign and self._special != "inf":
                context._raise_error(InvalidOperation, "x ** INF with x negative")
                return _dec(0, 0, 0, "nan")
            return _dec(0, 0, 0, "inf") if big else _dec(0, 0, 0)
        # self is infinite, other finite
        if other.is_zero():
            return _dec(0, 1, 0)
        if self._sign and not other._is_integer():
            context._raise_error(InvalidOperation, "-INF ** y with y not an integer")
            return _dec(0, 0, 0, "nan")
        sign = self._sign if (other._is_integer() and int(other) % 2) else 0
        if other._sign:
            return _dec(sign, 0, 0)
        return _dec(sign, 0, 0, "inf")

    def _power_modulo(self, other, modulo, context):
        modulo = _convert(modulo, True)
        for op in (self, other, modulo):
            if op._special or not op._is_integer():
                context._raise_error(InvalidOperation, "pow() 3rd argument not allowed "
                                     "unless all arguments are integers")
                return _dec(0, 0, 0, "nan")
        if other._sign:
            context._raise_error(InvalidOperation, "pow() 2nd argument cannot be negative "
                                 "when 3rd argument specified")
            return _dec(0, 0, 0, "nan")
        if modulo.is_zero():
            context._raise_error(InvalidOperation, "pow() 3rd argument cannot be 0")
            return _dec(0, 0, 0, "nan")
        m = abs(int(modulo))
        base = int(self)
        r = pow(abs(base), int(other), m)
        sign = 1 if base < 0 and int(other) % 2 else 0
        return _dec(sign, r, 0)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._coef == 0 and self._special is None and context.rounding != ROUND_FLOOR:
            return _dec(0, 0, self._exp)._fix(context)
        return _dec(1 - self._sign, self._coef, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._coef == 0 and self._special is None and context.rounding != ROUND_FLOOR:
            return _dec(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        return _dec(0, self._coef, self._exp, self._special)._fix(context)

    def copy_abs(self):
        return _dec(0, self._coef, self._exp, self._special)

    def copy_negate(self):
        return _dec(1 - self._sign, self._coef, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _dec(other._sign, self._coef, self._exp, self._special)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        if context is None:
            context = getcontext()
        exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
        product = self.__mul__(other, context=exact)
        return product.__add__(third, context=context)

    def _is_integer(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._coef % (10 ** -self._exp) == 0

    def sqrt(self, context=None):
        """The square root, correctly rounded."""
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._special == "inf":
            if self._sign:
                context._raise_error(InvalidOperation, "sqrt(-INF)")
                return _dec(0, 0, 0, "nan")
            return self
        if self._coef == 0:
            return _dec(self._sign, 0, self._exp // 2)._fix(context)
        if self._sign:
            context._raise_error(InvalidOperation, "sqrt(-x), x > 0")
            return _dec(0, 0, 0, "nan")
        prec = context.prec + 1
        # Scale the coefficient so its root has prec digits; keep the exponent even.
        coef, exp = self._coef, self._exp
        e = exp >> 1
        if exp & 1:
            coef *= 10
            ndig = (_ndigits(self._coef) + 2) >> 1
        else:
            ndig = (_ndigits(self._coef) + 1) >> 1
        shift = prec - ndig
        if shift >= 0:
            coef *= 100 ** shift
            exact = True
        else:
            coef, r = divmod(coef, 100 ** -shift)
            exact = not r
        e -= shift
        root = _math.isqrt(coef)
        exact = exact and root * root == coef
        if exact:
            if shift >= 0:
                root //= 10 ** shift
            else:
                root *= 10 ** -shift
            e += shift
        else:
            if root % 5 == 0:
                root += 1
        # Like CPython, the root rounds half-even whatever the context's rounding.
        work = context.copy()
        work.rounding = ROUND_HALF_EVEN
        result = _dec(0, root, e)._fix(work)
        # An exact root takes the ideal exponent (half the operand's, rounded down).
        if exact:
            ideal = self._exp // 2
            result = result._reduce_to(ideal)
        for s in work.flags:
            if work.flags[s] and not context.flags[s]:
                context._raise_error(s)
        return result

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._special == "inf":
            return _dec(0, 0, 0) if self._sign else self
        if self._coef == 0:
            return _dec(0, 1, 0)
        return _transcendental(context, lambda w: _exp_fixed(self, w))

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._coef == 0 and self._special is None:
            return _dec(1, 0, 0, "inf")
        if self._sign:
            context._raise_error(InvalidOperation, "ln of a negative value")
            return _dec(0, 0, 0, "nan")
        if self._special == "inf":
            return self
        if self._coef == 1 and self._exp == 0:
            return _dec(0, 0, 0)
        return _transcendental(context, lambda w: _ln_fixed(self._coef, self._exp, w))

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (exact for powers of ten)."""
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._coef == 0 and self._special is None:
            return _dec(1, 0, 0, "inf")
        if self._sign:
            context._raise_error(InvalidOperation, "log10 of a negative value")
            return _dec(0, 0, 0, "nan")
        if self._special == "inf":
            return self
        digits = str(self._coef)
        if digits[0] == "1" and digits[1:].strip("0") == "":
            return Decimal(self._exp + len(digits) - 1)._fix(context)
        return _transcendental(context, lambda w: _log10_fixed(self._coef, self._exp, w))

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        nan = self._check_nans(context=context)
        if nan is not None:
            return nan
        if self._special == "inf":
            return _dec(0, 0, 0, "inf")
        if self._coef == 0:
            context._raise_error(DivisionByZero, "logb(0)")
            return _dec(1, 0, 0, "inf")
        return Decimal(self.adjusted())._fix(context)

    def _reduce_to(self, exp):
        coef, e = self._coef, self._exp
        while e < exp and coef % 10 == 0 and coef:
            coef //= 10
            e += 1
        return _dec(self._sign, coef, e)

    # -- comparison ---------------------------------------------------------------------

    def _cmp(self, other):
        """-1, 0 or 1: self compared with other (neither a NaN)."""
        if self._special == "inf" or other._special == "inf":
            sa = 0 if self._special != "inf" else (-1 if self._sign else 1)
            sb = 0 if other._special != "inf" else (-1 if other._sign else 1)
            if sa == sb:
                return 0
            if sa or sb:
                return (sa > sb) - (sa < sb) if (sa and sb) else (
                    sa if sa else -sb)
        if self._coef == 0 and other._coef == 0:
            return 0
        if self._coef == 0:
            return 1 if other._sign else -1
        if other._coef == 0:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        a, b = self._coef, other._coef
        if self._exp > other._exp:
            a *= 10 ** (self._exp - other._exp)
        else:
            b *= 10 ** (other._exp - self._exp)
        c = (a > b) - (a < b)
        return -c if self._sign else c

    def _compare_operand(self, other, op):
        """other as a Decimal for a rich comparison (exact for floats and rationals), or
        NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            context.flags[FloatOperation] = True
            if op in ("lt", "le", "gt", "ge") and context.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if hasattr(other, "numerator") and hasattr(other, "denominator") and \
                not isinstance(other, complex):
            return other
        return NotImplemented

    def _rich(self, other, op):
        other = self._compare_operand(other, op)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            # A rational: compare self * denominator with the numerator.
            if self._special:
                if self._special in ("nan", "snan"):
                    return op == "ne" if op in ("eq", "ne") else self._nan_order()
                return _ORDER[op](-1 if self._sign else 1, 0)
            lhs = self * Decimal(other.denominator) if False else None
            n, d = self.as_integer_ratio()
            c = (n * other.denominator > other.numerator * d) - (
                n * other.denominator < other.numerator * d)
            return _ORDER[op](c, 0)
        if self.is_nan() or other.is_nan():
            if op == "eq":
                if self.is_snan() or other.is_snan():
                    getcontext()._raise_error(InvalidOperation, "comparison with sNaN")
                return False
            if op == "ne":
                if self.is_snan() or other.is_snan():
                    getcontext()._raise_error(InvalidOperation, "comparison with sNaN")
                return True
            return self._nan_order()
        return _ORDER[op](self._cmp(other), 0)

    @staticmethod
    def _nan_order():
        getcontext()._raise_error(InvalidOperation, "comparison involving NaN")
        return False

    def __eq__(self, other):
        # Inline for the commonest case (finite Decimals with one exponent, as in a sort of
        # prices); _finite_order takes other finite operands.
        if (other.__class__ is Decimal and self._exp == other._exp
                and self._special is None and other._special is None):
            return ((-self._coef if self._sign else self._coef)
                    == (-other._coef if other._sign else other._coef))
        order = _finite_order(self, other)
        if order is not None:
            return order == 0
        return self._rich(other, "eq")

    def __ne__(self, other):
        if (other.__class__ is Decimal and self._exp == other._exp
                and self._special is None and other._special is None):
            return ((-self._coef if self._sign else self._coef)
                    != (-other._coef if other._sign else other._coef))
        order = _finite_order(self, other)
        if order is not None:
            return order != 0
        return self._rich(other, "ne")

    def __lt__(self, other):
        if (other.__class__ is Decimal and self._exp == other._exp
                and self._special is None and other._special is None):
            return ((-self._coef if self._sign else self._coef)
                    < (-other._coef if other._sign else other._coef))
        order = _finite_order(self, other)
        if order is not None:
            return order < 0
        return self._rich(other, "lt")

    def __le__(self, other):
        if (other.__class__ is Decimal and self._exp == other._exp
                and self._special is None and other._special is None):
            return ((-self._coef if self._sign else self._coef)
                    <= (-other._coef if other._sign else other._coef))
        order = _finite_order(self, other)
        if order is not None:
            return order <= 0
        return self._rich(other, "le")

    def __gt__(self, other):
        if (other.__class__ is Decimal and self._exp == other._exp
                and self._special is None and other._special is None):
            return ((-self._coef if self._sign else self._coef)
                    > (-other._coef if other._sign else other._coef))
        order = _finite_order(self, other)
        if order is not None:
            return order > 0
        return self._rich(other, "gt")

    def __ge__(self, other):
        if (other.__class__ is Decimal and self._exp == other._exp
                and self._special is None and other._special is None):
            return ((-self._coef if self._sign else self._coef)
                    >= (-other._coef if other._sign else other._coef))
        order = _finite_order(self, other)
        if order is not None:
            return order >= 0
        return self._rich(other, "ge")

    def compare(self, other, context=None):
        other = _convert(other, True)
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        """The IEEE total order: -NaN < -sNaN < -Inf < ... < -0 < 0 < ... < Inf < sNaN < NaN,
        equal values ordered by exponent."""
        other = _convert(other, True)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        rank = {"nan": 3, "snan": 2}
        ra, rb = rank.get(self._special, 0), rank.get(other._special, 0)
        if ra != rb:
            c = (ra > rb) - (ra < rb)
        elif ra:
            c = (self._coef > other._coef) - (self._coef < other._coef)
        else:
            c = self._cmp(other)
            if c == 0:
                c = (self._exp > other._exp) - (self._exp < other._exp)
            elif self._sign:
                c = -c
        if self._sign:
            c = -c
        return Decimal(c)

    def remainder_near(self, other, context=None):
        """self - n * other, n the integer nearest self / other (ties to even)."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == "inf":
            context._raise_error(InvalidOperation, "remainder_near(infinity, x)")
            return _dec(0, 0, 0, "nan")
        if other._coef == 0 and other._special is None:
            if self._coef == 0:
                context._raise_error(DivisionUndefined, "remainder_near(0, 0)")
            else:
                context._raise_error(InvalidOperation, "remainder_near(x, 0)")
            return _dec(0, 0, 0, "nan")
        if other._special == "inf":
            return self._fix(context)
        ideal = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - ideal)
        b = other._coef * 10 ** (other._exp - ideal)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q % 2 == 1):
            q += 1
            r -= b
        if q >= 10 ** context.prec:
            context._raise_error(DivisionImpossible, "result has too many digits")
            return _dec(0, 0, 0, "nan")
        sign = self._sign if r >= 0 else 1 - self._sign
        return _dec(sign, abs(r), ideal)._fix(context)

    def max_mag(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.max(other, context)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.max(other, context)
        return (other if c < 0 else self)._fix(context or getcontext())

    def min_mag(self, other, context=None):
        other = _convert(other, True)
        if self.is_nan() or other.is_nan():
            return self.min(other, context)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.min(other, context)
        return (self if c < 0 else other)._fix(context or getcontext())

    def compare_signal(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            context._raise_error(InvalidOperation, "comparison involving NaN")
            return _dec(0, 0, 0, "nan")
        return self.compare(other, context)

    def compare_total_mag(self, other, context=None):
        return self.copy_abs().compare_total(_convert(other, True).copy_abs())

    def max(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            return other._fix(context) if self.is_nan() and not other.is_nan() else (
                self._fix(context) if other.is_nan() and not self.is_nan() else self)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._coef * (-1 if self.compare_total(other)._sign else 1)
        return (other if c < 0 else self)._fix(context)

    def min(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            return other._fix(context) if self.is_nan() and not other.is_nan() else (
                self._fix(context) if other.is_nan() and not self.is_nan() else self)
        c = self._cmp(other)
        if c == 0:
            c = self.compare_total(other)._coef * (-1 if self.compare_total(other)._sign else 1)
        return (self if c < 0 else other)._fix(context)

    def __hash__(self):
        if self._special == "snan":
            raise TypeError("Cannot hash a signaling NaN value.")
        if self._special == "nan":
            return object.__hash__(self)
        if self._special == "inf":
            return -314159 if self._sign else 314159
        modulus = _HASH_MODULUS
        exp = self._exp
        if 0 <= exp < 64:
            exp_hash = _POW10[exp] % modulus
        elif -64 < exp < 0:
            exp_hash = _TEN_INV_POWERS[-exp]
        elif exp >= 0:
            exp_hash = pow(10, exp, modulus)
        else:
            exp_hash = pow(_TEN_INV, -exp, modulus)
        h = self._coef * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __bool__(self):
        return self._special is not None or self._coef != 0

    # -- conversion ---------------------------------------------------------------------

    def __int__(self):
        if self._special in ("nan", "snan"):
            raise ValueError("cannot convert NaN to integer")
        if self._special == "inf":
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._coef * 10 ** self._exp
        else:
            v = self._coef // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._special == "snan":
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == "nan":
            return float("-nan") if self._sign else float("nan")
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __floor__(self):
        if self._special:
            if self._special == "inf":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            if self._special == "inf":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError("optional arg must be an integer")
            return self.quantize(_dec(0, 1, -n))
        if self._special:
            if self._special == "inf":
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        return int(self._rescale(0, ROUND_HALF_EVEN)[0])

    # -- exponent changes ----------------------------------------------------------------

    def _rescale(self, exp, rounding):
        """(this number with exponent exp, whether digits were lost)."""
        if self._special:
            return self, False
        if self._coef == 0:
            return _dec(self._sign, 0, exp), False
        if self._exp >= exp:
            return _dec(self._sign, self._coef * 10 ** (self._exp - exp), exp), False
        coef, inexact = self._round_coef(self._coef, exp - self._exp, rounding, self._sign)
        return _dec(self._sign, coef, exp), inexact

    def quantize(self, exp, rounding=None, context=None):
        """This number rounded to the exponent of exp."""
        if exp.__class__ is not Decimal:
            exp = _convert(exp, True)
        if context is None:
            context = _current_context or getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_TEXT)
        if self._special is None and exp._special is None and self._coef:
            # The common case, inline: a target exponent in the context's plain range and
            # few digits to add or drop.
            target = exp._exp
            own = self._exp
            bound, emin, etop = context._fast_limits
            if emin <= target <= etop and -64 < own - target < 64:
                if own >= target:
                    coef = self._coef * _POW10[own - target]
                    if coef < bound:
                        return _build(Decimal, self._sign, coef, target, None)
                else:
                    unit = _POW10[target - own]
                    coef, rest = divmod(self._coef, unit)
                    if rest:
                        if rounding == ROUND_HALF_UP:
                            up = rest * 2 >= unit
                        elif rounding == ROUND_HALF_EVEN:
                            up = rest * 2 > unit or (rest * 2 == unit and coef & 1)
                        else:
                            coef = self._round_coef(self._coef, target - own, rounding,
                                                    self._sign)[0]
                            up = False
                        if up:
                            coef += 1
                    if coef < bound:
                        _rounded_flags(context, rest != 0)
                        return _build(Decimal, self._sign, coef, target, None)
        if self._special or exp._special:
            nan = self._check_nans(exp, context)
            if nan is not None:
                return nan
            if self._special == "inf" and exp._special == "inf":
                return self
            context._raise_error(InvalidOperation, "quantize with one INF")
            return _dec(0, 0, 0, "nan")
        if not context.Etiny() <= exp._exp <= context.Emax:
            context._raise_error(InvalidOperation, "target exponent out of bounds in quantize")
            return _dec(0, 0, 0, "nan")
        if self._coef == 0:
            return _dec(self._sign, 0, exp._exp)._fix(context)
        if self.adjusted() > context.Emax:
            context._raise_error(InvalidOperation, "exponent of quantize result too large")
            return _dec(0, 0, 0, "nan")
        result, inexact = self._rescale(exp._exp, rounding)
        if _ndigits(result._coef) > context.prec and result._coef:
            context._raise_error(InvalidOperation, "quantize result has too many digits")
            return _dec(0, 0, 0, "nan")
        if result._coef and result.adjusted() > context.Emax:
            context._raise_error(InvalidOperation, "exponent of quantize result too large")
            return _dec(0, 0, 0, "nan")
        conditions = []
        if result._coef and result.adjusted() < context.Emin:
            conditions.append(Subnormal)
        if inexact:
            conditions.append(Inexact)
        if result._exp > self._exp and (result._coef != self._coef or inexact):
            conditions.append(Rounded)
        etop = context.Emax - context.prec + 1
        if context.clamp and result._exp > etop:
            # Clamping pads the coefficient down to the highest exponent the context has.
            result = _dec(result._sign, result._coef * 10 ** (result._exp - etop), etop)
            conditions.append(Clamped)
        if conditions:
            context._raise_errors(conditions)
        return result

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (
                self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        """This number rounded to an integer (exponent 0), without signalling Inexact."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_TEXT)
        if self._special:
            nan = self._check_nans(context=context)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding)[0]

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """to_integral_value, signalling Inexact and Rounded when digits are lost."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_TEXT)
        if self._special:
            nan = self._check_nans(context=context)
            if nan is not None:
                return nan
            return self
        if self._exp >= 0:
            return self
        if self._coef == 0:
            return _dec(self._sign, 0, 0)
        result, inexact = self._rescale(0, rounding)
        if inexact:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return result

    def normalize(self, context=None):
        """This number rounded to the precision, with trailing zeros removed."""
        if context is None:
            context = getcontext()
        if self._special:
            nan = self._check_nans(context=context)
            if nan is not None:
                return nan
            return self
        dup = self._fix(context)
        if dup._special:
            return dup
        if dup._coef == 0:
            return _dec(dup._sign, 0, 0)
        exp_max = context.Emax if context.clamp == 0 else context.Etop()
        coef, exp = dup._coef, dup._exp
        while coef % 10 == 0 and exp < exp_max:
            coef //= 10
            exp += 1
        return _dec(dup._sign, coef, exp)

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        if self._special == "inf" and self._sign:
            return _dec(1, 10 ** context.prec - 1, context.Etop())
        if self._special:
            return self
        work = context.copy()
        work.rounding = ROUND_CEILING
        work.traps = {s: False for s in _SIGNALS}
        tiny = _dec(0, 1, context.Etiny() - 1)
        return self.__add__(tiny, context=work)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        if self._special == "inf" and not self._sign:
            return _dec(0, 10 ** context.prec - 1, context.Etop())
        if self._special:
            return self
        work = context.copy()
        work.rounding = ROUND_FLOOR
        work.traps = {s: False for s in _SIGNALS}
        tiny = _dec(1, 1, context.Etiny() - 1)
        return self.__add__(tiny, context=work)

    def next_toward(self, other, context=None):
        """The closest number to self in the direction of other (other's sign when they are
        equal), signalling as an operation whose result overflowed or underflowed would."""
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        order = self._cmp(other)
        if order == 0:
            return self.copy_sign(other)
        result = self.next_plus(context) if order < 0 else self.next_minus(context)
        if result._special == "inf":
            context._raise_errors([Overflow, Inexact, Rounded])
        elif result.adjusted() < context.Emin:
            conditions = [Underflow, Subnormal, Inexact, Rounded]
            if not result._coef:
                conditions.append(Clamped)
            context._raise_errors(conditions)
        return result

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        if self._special:
            return self
        return _dec(self._sign, self._coef, self._exp + int(other))._fix(context)

    def shift(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        n = int(other)
        coef = self._coef
        coef = coef * 10 ** n if n >= 0 else coef // 10 ** -n
        return _dec(self._sign, coef % 10 ** context.prec, self._exp)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    # -- formatting ---------------------------------------------------------------------

    def __format__(self, specifier, context=None):
        if context is None:
            if _core is not None:
                text = _core.format_fixed(self, specifier)
                if text is not None:
                    return text
            context = getcontext()
        if not isinstance(specifier, str):
            raise TypeError("format arg must be str")
        spec = _parse_spec(specifier)
        kind = spec["type"]
        if self._special:
            sign = "-" if self._sign else ("+" if spec["sign"] == "+" else (
                " " if spec["sign"] == " " else ""))
            body = "Infinity" if self._special == "inf" else (
                "NaN" if self._special == "nan" else "sNaN")
            if kind == "%":
                body += "%"
            if spec["zeropad"]:
                # Zero padding does not apply to NaN and Infinity: they are right-aligned.
                spec = dict(spec, fill=" ", align=">")
            return _pad(sign, body, spec, numeric=False)
        rounding = context.rounding
        prec = spec["precision"]
        d = self
        upper = kind in ("E", "G") or (kind is None and context.capitals)
        if kind is None:
            kind = "g" if prec is not None else None
        if kind == "%":
            d = _dec(d._sign, d._coef, d._exp + 2)
        if kind in ("e", "E"):
            if prec is not None:
                d = d._round_sig(prec + 1, rounding)
        elif kind in ("f", "F", "%"):
            if prec is not None:
                d = d._rescale(-prec, rounding)[0]
        elif kind in ("g", "G", "n"):
            p = prec
            if p == 0:
                p = 1
            if p is not None and d._coef:
                d = d._round_sig(p, rounding)
        # Where the decimal point goes, as __str__ decides for the same number.
        digits = str(d._coef)
        leftdigits = d._exp + len(digits)
        if d._coef == 0 and kind in ("e", "E") and prec is not None:
            # A zero keeps precision + 1 digits: its exponent grows by the precision.
            leftdigits += prec
        if kind is None:
            if d._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        elif kind in ("e", "E"):
            dotplace = 0 if (d._coef == 0 and prec is None and False) else 1
            if d._coef == 0 and prec is None:
                dotplace = 1
        elif kind in ("f", "F", "%"):
            dotplace = leftdigits
        else:
            # 'g', 'G', 'n'
            if d._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = "0"
            fracpart = "0" * (-dotplace) + digits
        elif dotplace > len(digits):
            intpart = digits + "0" * (dotplace - len(digits))
            fracpart = ""
        else:
            intpart = digits[:dotplace] or "0"
            fracpart = digits[dotplace:]
        if d._coef == 0:
            # A zero with a positive exponent still prints one integer digit.
            intpart = "0"
        exp = leftdigits - dotplace
        if kind in ("e", "E") and prec is not None:
            fracpart = (fracpart + "0" * prec)[:prec] if prec else ""
        if kind in ("f", "F", "%") and prec is not None and len(fracpart) < prec:
            fracpart += "0" * (prec - len(fracpart))
        echar = "E" if upper else "e"
        sign = "-" if d._sign else ("+" if spec["sign"] == "+" else (
            " " if spec["sign"] == " " else ""))
        if spec["no_neg_0"] and d._coef == 0:
            sign = "+" if spec["sign"] == "+" else (" " if spec["sign"] == " " else "")
        tail = ""
        if fracpart:
            tail += "." + fracpart
        if kind in ("e", "E") or (exp != 0 and kind in (None, "g", "G", "n")):
            tail += "%s%+d" % (echar, exp)
        if kind == "%":
            tail += "%"
        sep = spec["thousands_sep"]
        if sep:
            if spec["zeropad"]:
                # The padding zeros are grouped too, and the result never starts with a
                # separator (it may come out one character wider than asked).
                while len(sign) + len(_group(intpart, sep)) + len(tail) < spec["width"]:
                    intpart = "0" + intpart
            intpart = _group(intpart, sep)
        return _pad(sign, intpart + tail, spec, numeric=True)

    def _round_sig(self, ndigits, rounding):
        """This number rounded to ndigits significant digits."""
        if self._coef == 0:
            return self
        drop = _ndigits(self._coef) - ndigits
        if drop <= 0:
            return self
        coef, _ = self._round_coef(self._coef, drop, rounding, self._sign)
        exp = self._exp + drop
        if _ndigits(coef) > ndigits:
            coef //= 10
            exp += 1
        return _dec(self._sign, coef, exp)


_HASH_MODULUS = 2 ** 61 - 1
_TEN_INV = pow(10, 2 ** 61 - 3, 2 ** 61 - 1)
# 10 ** -k modulo the hash modulus, for the usual exponents.
_TEN_INV_POWERS = [pow(_TEN_INV, k, _HASH_MODULUS) for k in range(64)]

# Transcendental functions work in fixed point: an integer V stands for V / 10**w. The
# results carry an error of a few units in the last place; _transcendental widens w until
# rounding cannot tell the bounds of that error apart.

_ln10_cache = [0, 0]


def _ln_of_fixed(y, w):
    """ln(y / 10**w) for 10**w <= y <= 10 * 10**w, as a fixed-point integer."""
    one = 10 ** w
    k = 5
    for _ in range(k):
        y = _math.isqrt(y * one)
    # ln(y) = 2 * atanh((y - 1) / (y + 1)), a fast series for y near 1.
    t = (y - one) * one // (y + one)
    t2 = t * t // one
    total = 0
    term = t
    n = 1
    while term:
        total += term // n
        term = term * t2 // one
        n += 2
    return (2 * total) << k


def _ln10(w):
    if _ln10_cache[0] >= w:
        return _ln10_cache[1] // 10 ** (_ln10_cache[0] - w)
    guard = w + 10
    value = _ln_of_fixed(10 * 10 ** guard, guard)
    _ln10_cache[0], _ln10_cache[1] = guard, value
    return value // 10 ** 10


def _ln_fixed(coef, exp, w):
    """ln(coef * 10**exp) in fixed point."""
    digits = _ndigits(coef)
    guard = w + 5
    if digits - 1 > guard:
        y = coef // 10 ** (digits - 1 - guard)
    else:
        y = coef * 10 ** (guard - digits + 1)
    ln_y = _ln_of_fixed(y, guard)
    total = ln_y + (exp + digits - 1) * _ln10(guard)
    return total // 10 ** 5


def _log10_fixed(coef, exp, w):
    guard = w + 5
    ln = _ln_fixed(coef, exp, guard)
    return ln * 10 ** guard // _ln10(guard) // 10 ** 5


def _exp_of_fixed(x, w):
    """exp(x / 10**w) for 0 <= x < ln(10) * 10**w, in fixed point."""
    one = 10 ** w
    k = 8
    y = x >> k
    total = 0
    term = one
    n = 0
    while term:
        total += term
        n += 1
        term = term * y // (n * one)
    for _ in range(k):
        total = total * total // one
    return total


def _exp_value(x_fixed, w):
    """(coefficient, exponent) of exp(x) for x = x_fixed / 10**w."""
    ln10 = _ln10(w)
    q, r = divmod(x_fixed, ln10)
    return _exp_of_fixed(r, w), q - w


def _exp_fixed(d, w):
    # x = d as fixed point with enough digits for its size.
    guard = w + 10
    if d._exp >= -guard:
        x = d._coef * 10 ** (d._exp + guard)
    else:
        x = d._coef // 10 ** (-d._exp - guard)
    if d._sign:
        x = -x
    coef, exp = _exp_value(x, guard)
    return coef, exp


def _power_fixed(x, y, w):
    """x ** y = exp(y * ln(x)) as (coefficient, exponent)."""
    size = max(0, y.adjusted() + 1) + max(0, len(str(abs(x.adjusted() + 1))))
    guard = w + size + 10
    ln = _ln_fixed(x._coef, x._exp, guard)
    if y._exp >= 0:
        prod = ln * y._coef * 10 ** y._exp
    else:
        prod = ln * y._coef // 10 ** -y._exp
    if y._sign:
        prod = -prod
    return _exp_value(prod, guard)


def _transcendental(context, compute, half_even=True):
    """compute(w) correctly rounded to the context, widening w until the error bound
    cannot change the rounding. Like CPython, exp/ln/log10 round half-even whatever
    the context's rounding (half_even); a power rounds with the context's mode."""
    prec = context.prec
    w = prec + 10
    while True:
        value = compute(w)
        if isinstance(value, tuple):
            coef, exp = value
        else:
            coef, exp = value, -w
        sign = 1 if coef < 0 else 0
        coef = abs(coef)
        work = context.copy()
        if half_even:
            work.rounding = ROUND_HALF_EVEN
        work.traps = {s: False for s in _SIGNALS}
        work.clear_flags()
        lo = _dec(sign, max(coef - 50, 0), exp)._fix(work)
        hi = _dec(sign, coef + 50, exp)._fix(work)
        if lo == hi and lo._exp == hi._exp:
            result = _dec(sign, coef, exp)._fix(work)
            for s in (Overflow, Underflow, Subnormal, Clamped):
                if work.flags[s]:
                    context._raise_error(s)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return result
        w += w // 2 + 10

_ORDER = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def _convert(other, strict=False):
    """other as a Decimal for arithmetic: ints convert, anything else does not."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        if other < 0:
            return _build(Decimal, 1, -int(other), 0, None)
        return _build(Decimal, 0, int(other), 0, None)
    if strict:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return NotImplemented


# Parsed format specs (programs use a few, many times); never modified once made.
_SPEC_CACHE = {}


def _parse_spec(spec):
    d = _SPEC_CACHE.get(spec)
    if d is None:
        d = _parse_new_spec(spec)
        if len(_SPEC_CACHE) < 512:
            _SPEC_CACHE[spec] = d
    return d


def _parse_new_spec(spec):
    # CPython's decimal (libmpdec) has no alternate form ('#') and no '_' separator, takes the
    # '0' flag only without an explicit alignment, and no ',' with 'n'.
    # [[fill]align][sign][z][0][width][,][.precision][type], read by hand (no regex).
    d = dict.fromkeys(("fill", "align", "sign", "no_neg_0", "zeropad", "width",
                       "thousands_sep", "precision", "type"))
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in "<>=^":
        d["fill"], d["align"], i = spec[0], spec[1], 2
    elif n >= 1 and spec[0] in "<>=^":
        d["align"], i = spec[0], 1
    if i < n and spec[i] in "-+ ":
        d["sign"], i = spec[i], i + 1
    if i < n and spec[i] == "z":
        d["no_neg_0"], i = "z", i + 1
    if i < n and spec[i] == "0":
        d["zeropad"], i = "0", i + 1
    if i < n and spec[i] in "123456789":
        j = i + 1
        while j < n and spec[j] in "0123456789":
            j += 1
        d["width"], i = spec[i:j], j
    if i < n and spec[i] == ",":
        d["thousands_sep"], i = ",", i + 1
    if i < n and spec[i] == ".":
        j = i + 1
        while j < n and spec[j] in "0123456789":
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        d["precision"], i = spec[i + 1:j], j
    if i < n and spec[i] in "eEfFgGn%":
        d["type"], i = spec[i], i + 1
    if i != n:
        raise ValueError("invalid format string")
    zeropad = d["zeropad"] is not None
    if zeropad and d["align"] is not None:
        raise ValueError("invalid format string")
    if d["type"] == "n" and d["thousands_sep"]:
        raise ValueError("invalid format string")
    d["zeropad"] = zeropad
    if zeropad:
        d["fill"], d["align"] = "0", "="
    d["fill"] = d["fill"] or " "
    d["align"] = d["align"] or ">"
    d["sign"] = d["sign"] or "-"
    d["width"] = int(d["width"] or 0)
    d["precision"] = int(d["precision"]) if d["precision"] is not None else None
    d["no_neg_0"] = d["no_neg_0"] is not None
    if d["type"] == "n":
        d["type"] = "g"
    return d


def _group(intpart, sep):
    out = []
    while len(intpart) > 3:
        out.append(intpart[-3:])
        intpart = intpart[:-3]
    out.append(intpart)
    return sep.join(reversed(out))


def _pad(sign, body, spec, numeric):
    width = spec["width"]
    fill = spec["fill"]
    align = spec["align"]
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    padding = width - total
    if align == "<":
        return sign + body + fill * padding
    if align == "^":
        left = padding // 2
        return fill * left + sign + body + fill * (padding - left)
    if align == "=":
        return sign + fill * padding + body
    return fill * padding + sign + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          traps=[], flags=[])

for _cls in _SIGNALS + [ConversionSyntax, DivisionImpossible, DivisionUndefined,
                        InvalidContext, DecimalException, Decimal, Context]:
    _cls.__module__ = "decimal"
del _cls


def _register():
    # numbers registers Decimal itself when it is imported later: importing it here would
    # cost every program that imports decimal.
    numbers = _sys.modules.get("numbers")
    if numbers is not None:
        numbers.Number.register(Decimal)


_register()
del _register


Decimal.__tp_name__ = "decimal.Decimal"
Context.__tp_name__ = "decimal.Context"


def _install_core():
    # Each native method takes the common cases and calls the Python method it replaces
    # for the rest.
    if _core is None:
        return
    names = _core.METHODS
    _core.install(Decimal, Inexact, Rounded, getcontext,
                  tuple(Decimal.__dict__[n] for n in names))
    for name in names:
        setattr(Decimal, name, getattr(_core, name))


_install_core()
del _install_core
