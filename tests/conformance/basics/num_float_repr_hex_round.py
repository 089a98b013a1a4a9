import math
# float formatting edge cases
vals = [0.0, -0.0, 1e16, 1e-5, 123456789.123, 1.5e300, 2.5, 3.5, -2.5, 0.1+0.2, 1/3, 2**53+1.0, 5e-324, 1.7976931348623157e308, float('inf'), float('nan'), -float('inf')]
for v in vals:
    print(repr(v), str(v), f"{v:e}", f"{v:.3g}", f"{v:g}", f"{v:%}" if math.isfinite(v) and abs(v) < 1e20 else '-', f"{v:+.2f}", f"{v:>12.4}", f"{v:_}" if math.isfinite(v) else '', format(v, ''), format(v, '.0e'))
for v in [0.5, 1.5, 2.5, 2.675, 0.125, 0.375, -0.5, -1.5, 1e20, 12345.6789]:
    print(round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 0))
print(f"{1234567.891:,.2f}", f"{1234567.891:_.3f}", f"{-1234567:,}", f"{1234567:_x}", f"{255:#010b}", f"{-255:#x}", f"{3.14159:010.3f}", f"{-3.14159:=+10.2f}", f"{42:^10d}|", f"{42:*<8}|")
print(f"{1e100:.5}", f"{1e-100:.5}", f"{123.456:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e22:f}", f"{1e23:.1f}")
print(float.hex(1.0), float.hex(-0.1), float.hex(5e-324), float.hex(float('inf')), (0.1).hex(), float.fromhex('0x1.8p3'), float.fromhex('-0X1P-1074'), float.fromhex('0x.8'), float.fromhex(' 0x1.fffffffffffffp1023 '))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (3.0).is_integer(), (3.1).is_integer())
for s in ['1_000.5', ' 12 ', '-inf', 'nAn', '1e5', '.5', '5.', '+1.5E-3', 'infinity', '-Infinity']:
    print(s, float(s))
for s in ['1__0', '', 'abc', '0x10', '1e', '--1']:
    try: float(s)
    except ValueError as e: print(e)
try: float('inf').as_integer_ratio()
except OverflowError as e: print(type(e).__name__, e)
try: float('nan').as_integer_ratio()
except ValueError as e: print(type(e).__name__, e)
try: int(float('inf'))
except OverflowError as e: print(e)
try: int(float('nan'))
except ValueError as e: print(e)
try: round(float('inf'))
except OverflowError as e: print(e)
try: math.floor(float('nan'))
except ValueError as e: print(e)
print(round(1e308, -308), round(12345, -2), round(12355, -1), round(-12345, -1), round(5, 3), type(round(5.5)), type(round(5.5, 0)))
print(math.fsum([0.1]*10), sum([0.1]*10), math.prod([1.5, 2, 3]), math.prod(range(1, 20)), math.isqrt(10**40+1), math.sqrt(2), math.cbrt(27) if hasattr(math,'cbrt') else 'nocbrt')
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.75), math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 2), math.trunc(-3.7), math.ceil(-3.2))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.ulp(0.0), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10), math.exp(700))
print(math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.comb(50, 25), math.perm(10, 3), math.perm(5), math.factorial(25))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12), math.dist((1, 2), (4, 6)), math.atan2(-1, -1), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.tau, math.e, math.inf, -math.inf, math.nan)
