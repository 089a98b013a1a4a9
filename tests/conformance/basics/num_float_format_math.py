import math, sys
vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, 1.5e300, 5e-324, 2.2250738585072014e-308,
        sys.float_info.max, float('inf'), float('-inf'), float('nan'), 100.0, 1e22, 1e23, 9.999999999999999e22, 0.5, 2.675, 1.005, -1.5, 3.14159265358979, 12345.6789]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:.10g}", f"{v:10.2f}|", f"{v:+.2e}", f"{v:%}" if math.isfinite(v) and abs(v) < 1e10 else "-")
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e20, 123.456, -123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0), type(round(v)).__name__, type(round(v, 0)).__name__)
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e300, 5e-324, 3.0, 1/3, float('inf')]:
    print(v.hex(), v.is_integer(), end=' ')
    if math.isfinite(v):
        print(v.as_integer_ratio(), float.fromhex(v.hex()) == v)
    else:
        print()
for s in ['0x1.8p1', '0x.1p4', '-0x1p-1074', '0x1.fffffffffffffp+1023', 'inf', '-Infinity', 'nan', '0x10', '  0x1p0  ']:
    print(s.strip(), float.fromhex(s))
for bad in ['0x1p99999', 'xyz']:
    try:
        print(float.fromhex(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float('inf').as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float('nan').as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
for s in ['1.5', ' -2.25e3 ', '1_000.5', 'inf', '-nan', 'Infinity', '.5', '5.', '1e500', '-1e-500', '0x10']:
    try:
        print(repr(float(s)))
    except ValueError as e:
        print("ValueError:", e)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum([float('inf'), 1]))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=5), math.prod(range(1, 21)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.hypot(3, 4), math.hypot(), math.hypot(1, 1, 1, 1), math.hypot(-5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(float('inf')))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), math.ceil(1e20), type(math.floor(2.5)).__name__, math.copysign(3, -0.0), math.fabs(-3))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.tan(math.pi / 4), math.atan2(1, -1), math.degrees(math.pi), math.radians(180), math.asin(1), math.acos(-1))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(-7, 3), math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.cbrt(27) if hasattr(math, 'cbrt') else 'no cbrt', math.exp2(3) if hasattr(math, 'exp2') else 'no exp2')
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.exp, 1000), (math.ldexp, None), (math.pow, None)]:
    try:
        if f is math.ldexp:
            print(math.ldexp(1.0, 2000))
        elif f is math.pow:
            print(math.pow(0.0, -1.0))
        else:
            print(f(arg))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, float('inf') - float('inf'), 0.0 * float('inf'), float('nan') == float('nan'), math.isnan(float('nan')), math.isinf(-1e999))
print(2.0 ** 0.5, 2 ** 0.5, (-8) ** (1/3), 10.0 ** -2, 1e-320 / 10, 0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1, 2.0 ** 1023 * 2 if False else 2.0 ** 1023)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.pow(10, 400)
except OverflowError as e:
    print("OverflowError:", e)
print(float(2**53), float(2**53 + 1), float(-2**63), float(10**22), float(123456789012345678901234567890), int(1e300) % 1000, 0.1.hex())
print(f"{1234567.891:,.2f}", f"{0.000012345:.3g}", f"{1e-7:f}", f"{123.456:08.2f}", f"{-0.0:.1f}", f"{float('nan'):>8}", f"{float('-inf'):08.2f}", f"{3.0:.0f}", f"{2.5:.0f}", f"{3.14159:.2%}", f"{1e100:.3}", f"{5.0:#.0f}", f"{0.1:.20f}", f"{1/7:.17g}")
print('%.3f %10.4e %g %G %5.1f%% %r %s' % (math.pi, 12345.678, 1e-5, 1e20, 99.5, 0.1, 1e16))
print(format(1e16, ''), format(1.0, ''), format(123.0, 'n'), format(1e-10, 'n'), format(12.5, '.1f'), format(0.05, '.1f'), format(0.15, '.1f'), format(0.25, '.1f'), format(0.35, '.1f'))
print(sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min, float.__name__, (2.5).real, (2.5).imag, (2.5).conjugate())
print(sorted([3.5, -1, 2, float('inf'), -0.0, 0, 1e-9]), max(0.0, -0.0), min(0.0, -0.0), hash(0.0) == hash(-0.0), 0.0 == -0.0)
print(math.isqrt(10**30), math.floor(1e30), math.trunc(-1e30), int(-1e30), 1e30 == 10**30, float(10**30) == 1e30)
print([round(x * 0.1, 10) for x in range(11)])
print(sum([1e-16] * 10 + [1.0]), math.fsum([1e-16] * 10 + [1.0]), 0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
