import math, sys
print(int('١٢٣'), float('١.٥'), int('０１２'), float(' 1e5\n'), int(b'42'), float(b'1.5'), int(bytearray(b'7')))
print('{:,}'.format(1e20), '{:,.3f}'.format(-1234.5), '{:_}'.format(1234567.125), '{:e}'.format(0), '{:.0e}'.format(12345), '{:#.0e}'.format(12345), '{:#g}'.format(1.0), '{:#x}'.format(0), '{:c}'.format(9731), '{:=+10d}'.format(42), '{:=10.2f}'.format(-3.5))
print(round(123.456, 10), round(1e300, -300), round(5e-324, 400), round(0.5, 400), round(-0.0), round(-0.4), round(2.5, -1), round(25, -1), round(35, -1), round(-35, -1), round(10**30 + 5 * 10**9, -10), round(7, 0), round(7, 5))
print(math.floor(-0.0), math.ceil(-0.5), round(1e16 + 2.5), int(1e16 + 2.0))
try:
    round(float('inf'))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float('nan'))
except ValueError as e:
    print("ValueError:", e)
print(round(float('inf'), 2), round(float('nan'), 2))
for x in [1, -1, 0, 7, 2**64, -2**64, 10**100]:
    print(x.__round__(-1), x.__floor__(), x.__ceil__(), x.__trunc__(), x.__index__(), x.__abs__(), x.__neg__(), x.__invert__(), x.__pos__())
print((2.5).__round__(), (2.5).__floor__() if hasattr(2.5, '__floor__') else 'nofloor', (2.5).__trunc__(), (-2.5).__ceil__() if hasattr(2.5, '__ceil__') else 'noceil')
print(int.__add__(1, 2), int.__sub__(5, 3), float.__mul__(2.0, 3), (5).__rsub__(10), (2).__rpow__(3), (7).__rtruediv__(14), (1.5).__radd__(1), int.__add__(1, 2.0), float.__add__(1.0, 2))
print(sys.int_info.bits_per_digit > 0, sys.maxsize, -sys.maxsize - 1, sys.float_info.radix, sys.float_repr_style)
print(True * 3, True / 2, False ** 0, -True, ~True, True << 3, True & False, True | 2, True ^ True, bool(0.0), bool(-0.0), bool(1j), bool(0j), int(True), float(False))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 < 2.5 < 3, 2**63 > 2**63 - 0.5, float(2**63) == 2**63, 9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0, -9007199254740993 < -9007199254740992.0)
print(1 == 1+0j, 1.5 == 1.5+0j, 10**400 == float('inf'), [1, 2.0, 3] == [1.0, 2, 3+0j])
print(max(1, 1.0), max(1.0, 1), min(2, 2.0, key=lambda v: v), sorted([1, True, 1.0, 0, False, 0.0]), sum([0.1, 0.2, 0.3]), sum([1, 2, 3], 0.0), sum([1e100, 1, -1e100]), sum(range(10), start=100))
print(float.fromhex('0x1.0000000000000p-1022'), float.fromhex('0x0.0000000000001p-1022'), float.fromhex('0x1.00000000000008p0'), float.fromhex('0x1.00000000000018p0'), (1e-310).hex(), (-1.5e-320).hex())
print(1e-310, 2.5e-320, 4.9e-324, 2.4e-324, 1.7976931348623157e308, 1.7976931348623158e308, 1.7976931348623159e308, 0.1 ** 400)
print(5 // 0.3, 5 % 0.3, -5 // 0.3, 1e300 * 1e10 // 1, (-1e-300) // 1e300, 3.0 // -0.0 if False else '', 7 // 2.0, -7 // 2.0, 7.0 % 2, -7.0 % 2, 7.0 % -2, 1e-20 % 1.0, -1e-20 % 1.0)
import fractions, decimal
print(fractions.Fraction(1, 3) + 1.0, 1.0 + fractions.Fraction(1, 3), fractions.Fraction(1, 3) + 1j if False else '', decimal.Decimal(1) + 2, 2 * decimal.Decimal('1.5'))
for bad in [lambda: decimal.Decimal(1) + 1.0, lambda: decimal.Decimal(1) + fractions.Fraction(1, 2), lambda: 1 + 'a', lambda: 1.0 * '3', lambda: '3' * 2.0, lambda: [] * 1.5, lambda: 2 ** 'a', lambda: -'a', lambda: abs('x'), lambda: int(None), lambda: float([]), lambda: int('1' * 5000)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(len(str(10**4299)), int('9' * 4300) % 10)
print(str(2**100), repr(-2**70), f"{2**100:,}", f"{2**100:e}", f"{2**100:.3e}", f"{-2**70:x}", f"{2**64:o}", f"{2**64:b}"[:10], f"{10**20:g}", f"{10**20:f}", f"{12:%}", f"{7:.2f}", f"{7:n}")
print(float('1e-1'), float('1.'), float('-.1e1'), float('+1_0.0_1'), float('infinity'), float('-iNF'), float('nAn'), 1_000.000_1, 0x_ff, 0o_17, 0b_1, 1e1_0)
print(divmod(2**100, 3**40), divmod(-2**100, 3**40), divmod(2**100, -3**40), pow(3, 10**18, 10**9 + 7), pow(2**64 + 1, 2**64 + 1, 2**127 - 1), pow(-2, 3, 5), pow(2, -1, 7) * 2 % 7)
print(int.from_bytes(b'\xff' * 20, 'big', signed=True), (-(2**100)).to_bytes(13, 'big', signed=True).hex(), (2**100).to_bytes(13, 'little').hex())
print(math.comb(1000, 500) % (10**9 + 7), math.perm(50, 25) % 1000003, math.factorial(1000) % (2**61 - 1), math.isqrt(2**1000 + 12345) - 2**500, math.gcd(*[n * 6 for n in range(1, 100)]), math.lcm(*range(1, 50)))
