import math
tests = [
    lambda: math.log(0), lambda: math.log(-1), lambda: math.sqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.0),
    lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.perm(-1), lambda: math.exp(1000), lambda: math.pow(0, -1),
    lambda: math.pow(-8, 1/3), lambda: math.acos(2), lambda: math.log(10, 1), lambda: math.log(10, 0), lambda: math.gcd(1.5),
    lambda: math.isqrt(-4), lambda: math.ldexp(1.0, 10000), lambda: math.fsum([math.inf, -math.inf]), lambda: math.prod([]),
    lambda: math.dist((1,), (1, 2)), lambda: math.hypot(), lambda: math.atan2(0, 0), lambda: math.floor('x'), lambda: math.trunc([]),
    lambda: math.lgamma(0), lambda: math.gamma(-1), lambda: math.gamma(0.5), lambda: math.erf(0.5), lambda: math.erfc(3), lambda: math.log(2**2000),
    lambda: math.log2(2**1000 + 1), lambda: math.log10(10**500), lambda: math.sqrt(10**400), lambda: math.isqrt(10**400) == 10**200, lambda: math.cos(math.inf),
    lambda: math.fmod(math.inf, 1), lambda: math.fmod(1, 0), lambda: math.copysign(3, math.nan), lambda: math.nextafter(0, -1), lambda: math.ulp(math.inf),
    lambda: math.comb(10**6, 3), lambda: math.perm(20, 25), lambda: math.factorial(10**10) if False else math.factorial(0), lambda: math.isfinite(10**400),
    lambda: math.floor(1e300), lambda: math.ceil(-0.5), lambda: math.trunc(2.9e18), lambda: math.lcm(0, 5), lambda: math.gcd(-12, 18), lambda: math.gcd(2**100, 6**50),
    lambda: math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 'na', lambda: math.exp2(3) if hasattr(math, 'exp2') else 'na', lambda: math.pow(2, 0.5), lambda: math.pow(-2, 3), lambda: 2 ** 0.5 ** 2,
    lambda: math.atanh(1), lambda: math.asinh(1), lambda: math.cosh(1000), lambda: math.radians('x'), lambda: math.isnan(None), lambda: round(2.5, None), lambda: round(1.23456, 'x'),
    lambda: (-8) ** (1/3), lambda: pow(-8, 1/3), lambda: 10 ** -400, lambda: 2.0 ** 10000, lambda: (-2.0) ** 0.5, lambda: 0 ** 0, lambda: 0.0 ** 0, lambda: float('inf') ** 0, lambda: math.nan ** 0, lambda: 1 ** math.nan,
]
for i, f in enumerate(tests):
    try: r = f(); print(i, repr(r))
    except Exception as e: print(i, type(e).__name__, e)
