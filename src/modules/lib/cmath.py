"""cmath for pyseal: mathematical functions of complex numbers.

Finite arguments use the cancellation-avoiding formulas of W. Kahan ("Branch Cuts for Complex
Elementary Functions"), as CPython does, so results agree to the last bit; infinities and
NaNs get the C99 Annex G values for the common cases.
"""

import math as _m
import sys as _sys

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'isclose',
           'isfinite', 'isinf', 'isnan', 'log', 'log10', 'phase', 'polar', 'rect', 'sin',
           'sinh', 'sqrt', 'tan', 'tanh', 'e', 'pi', 'tau', 'inf', 'infj', 'nan', 'nanj']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = _sys.float_info.max
_DBL_MIN = _sys.float_info.min
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046
_SCALE_UP = 53
_SCALE_DOWN = -27


def _z(x):
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return complex(x)
    if hasattr(type(x), '__complex__'):
        return complex(x)
    if hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return complex(float(x) if hasattr(type(x), '__float__') else x.__index__())
    raise TypeError(f'must be real number, not {type(x).__name__}')


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')


def _check(r):
    if _m.isinf(r.real) or _m.isinf(r.imag):
        raise _range()
    return r


def _sqrt(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(inf, y) if x > 0 else complex(nan, inf)
            if x > 0:
                return complex(inf, _m.copysign(0.0, y))
            return complex(0.0, _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, _SCALE_UP)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, _SCALE_UP))), _SCALE_DOWN)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def sqrt(z):
    """The square root of z (branch cut along the negative real axis)."""
    return _sqrt(_z(z))


def exp(z):
    """e raised to the power z."""
    z = _z(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y) and (_m.isfinite(x) or x > 0):
            raise _domain()
        if _m.isinf(x) and x < 0 and not _m.isfinite(y):
            return complex(0.0, 0.0)
        if _m.isinf(x) and x > 0 and _m.isnan(y):
            return complex(inf, nan)
        if _m.isinf(x) and x < 0 and not _m.isnan(y):
            return complex(0.0 * _m.cos(y) if _m.isfinite(y) else 0.0,
                           0.0 * _m.sin(y) if _m.isfinite(y) else 0.0)
        if _m.isinf(x) and x > 0 and _m.isfinite(y):
            if y == 0:
                return complex(inf, y)
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
        if _m.isnan(x) and y == 0:
            return complex(nan, y)
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        r = complex(scale * _m.cos(y) * e, scale * _m.sin(y) * e)
    else:
        scale = _m.exp(x)
        r = complex(scale * _m.cos(y), scale * _m.sin(y))
    return _check(r)


def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x) if not (_m.isnan(x) or _m.isnan(y)) else nan)
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = _m.log(_m.hypot(_m.ldexp(ax, _SCALE_UP), _m.ldexp(ay, _SCALE_UP))) \
                - _SCALE_UP * _LN2
        else:
            raise _domain()
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = max(ax, ay)
            an = min(ax, ay)
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None):
    """The natural logarithm of z, or its logarithm to the given base."""
    r = _log(_z(z))
    if base is not None:
        b = _log(_z(base))
        try:
            r = r / b
        except ZeroDivisionError:
            raise ValueError('math domain error') from None
    return r


def log10(z):
    r = _log(_z(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def phase(z):
    z = _z(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _z(z)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise _range()
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if not (_m.isfinite(r) and _m.isfinite(phi)):
        if _m.isinf(r) and _m.isfinite(phi) and phi != 0:
            if r > 0:
                return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
            return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
        if _m.isinf(phi) and _m.isfinite(r):
            if r == 0:
                return complex(0.0, 0.0)
            raise _domain()
        if phi == 0:
            return complex(r, phi * r if not _m.isinf(r) else phi)
        return complex(nan, nan)
    if phi == 0.0:
        return complex(r, r * phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def _sinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isinf(x) and _m.isnan(y):
            return complex(inf, nan)
        if _m.isinf(x) and _m.isfinite(y):
            if y == 0:
                return complex(x, y)
            return complex(_m.copysign(inf, _m.cos(y)) * _m.copysign(1, x),
                           _m.copysign(inf, _m.sin(y)))
        if x == 0 and not _m.isfinite(y):
            return complex(x, nan)
        if _m.isinf(x):
            return complex(x, nan)
        if _m.isnan(x) and y == 0:
            return complex(nan, y)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.sinh(xm1) * e, _m.sin(y) * _m.cosh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    return _check(r)


def _cosh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isinf(x) and _m.isnan(y):
            return complex(inf, nan)
        if _m.isinf(x) and _m.isfinite(y):
            if y == 0:
                return complex(inf, _m.copysign(0.0, x) * y if y else y * _m.copysign(1, x))
            return complex(_m.copysign(inf, _m.cos(y)),
                           _m.copysign(inf, _m.sin(y)) * _m.copysign(1, x))
        if x == 0 and not _m.isfinite(y):
            return complex(nan, 0.0)
        if _m.isinf(x):
            return complex(inf, nan)
        return complex(nan, nan if y != 0 else 0.0)
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        r = complex(_m.cos(y) * _m.cosh(xm1) * e, _m.sin(y) * _m.sinh(xm1) * e)
    else:
        r = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    return _check(r)


def _tanh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and not _m.isfinite(y):
            return complex(_m.copysign(1.0, x), 0.0)
        if _m.isinf(y) and _m.isfinite(x):
            raise _domain()
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        if _m.isnan(x) and y == 0:
            return complex(nan, y)
        return complex(nan, nan)
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sinh(z):
    return _sinh(_z(z))


def cosh(z):
    return _cosh(_z(z))


def tanh(z):
    return _tanh(_z(z))


def sin(z):
    z = _z(z)
    r = _sinh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def cos(z):
    z = _z(z)
    return _cosh(complex(-z.imag, z.real))


def tan(z):
    z = _z(z)
    r = _tanh(complex(-z.imag, z.real))
    return complex(r.imag, -r.real)


def _asinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            if _m.isnan(x) or _m.isnan(y):
                return complex(_m.copysign(inf, x) if _m.isinf(x) else inf, nan) \
                    if not _m.isinf(y) or _m.isnan(x) else complex(inf, nan)
            return complex(_m.copysign(inf, x) if _m.isinf(x) or x else _m.copysign(inf, x),
                           _m.atan2(y, abs(x)))
        return complex(nan, nan if y != 0 else y)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            real = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            real = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z):
    return _asinh(_z(z))


def asin(z):
    z = _z(z)
    s = _asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _z(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isnan(x) or _m.isnan(y):
            if _m.isinf(x) or _m.isinf(y):
                return complex(nan, -_m.copysign(inf, y) if _m.isinf(y) else inf)
            return complex(nan, nan)
        return complex(_m.atan2(abs(y), x), -_m.copysign(inf, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        if x < 0:
            imag = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            imag = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _z(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isnan(x) or _m.isnan(y):
            return complex(inf if (_m.isinf(x) or _m.isinf(y)) else nan, nan)
        return complex(inf, _m.atan2(y, x))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            if _m.isnan(x) or _m.isnan(y):
                return complex(_m.copysign(0.0, x) if not _m.isnan(x) else 0.0,
                               _m.copysign(pi / 2, y) if _m.isinf(y) else nan)
            return complex(_m.copysign(0.0, x), _m.copysign(pi / 2, y))
        return complex(nan, nan)
    if x < 0:
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    real = _m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    imag = -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atanh(z):
    return _atanh(_z(z))


def atan(z):
    z = _z(z)
    s = _atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _z(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def isinf(z):
    z = _z(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z):
    z = _z(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _z(a)
    b = _z(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol
