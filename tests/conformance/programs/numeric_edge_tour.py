print(int("1_000_000"), int("0x_ff", 16), int("0b1010", 0), int("  -42  "), int("z", 36), int("0o17", 0), int("１２３"))
for bad in ["1__0", "_1", "1_", "0x", "", " ", "12a", "0b2", "1.5"]:
    try:
        int(bad, 0) if bad.startswith("0") else int(bad)
    except ValueError as e:
        print(e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
try:
    int(10, 2)
except TypeError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], max(1, nan), max(nan, 1), sorted([3, nan, 1]))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1.25, 1), round(5, 1))
print(type(round(2.5)), type(round(2.5, 0)), round(-1250, -2), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(nan)
except ValueError as e:
    print(e)
print((0.1).hex(), (1.0).hex(), (-0.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("inf"), (1e308).hex())
print((0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (5).as_integer_ratio(), (-2.5).as_integer_ratio())
print((3.0).is_integer(), (3.5).is_integer(), (255).bit_count(), (-7).bit_count(), (0).bit_length(), (-255).bit_length())
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(7, 0.5), -7 // 2, -7 % 2, 7 % -3, -7.0 % 3, 5.5 // -2)
print(2**100, -2**63, 10**50 // 7, 3**-2, (-8) ** (1/3) if False else "", pow(3, 4, 5), pow(3, -1, 7), pow(2, 0.5))
print(str(10**40), format(10**30, ","), hex(-255), oct(8), bin(-5), 0x_1F, 1_0.5_0, 1e-3)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(float("  1e3 "), float("-inf"), float("nan"), float("1_0.5"), float("+.5"), float(" infinity "), float("-NaN"))
try:
    float("1e")
except ValueError as e:
    print(e)
try:
    float("")
except ValueError as e:
    print(e)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(0.1 + 0.2, 1.1 * 3, 1 / 3 * 3, 2 ** 0.5, 10 / 4, 7 / 7, 1e16 + 1, 123456789.123456789)
print(int(2.9), int(-2.9), int("-0"), float(10**20), float(2**53 + 1), int(1e20), True + True, 3 * False)
import math
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.comb(10, 3), math.perm(5, 2), math.factorial(20))
print(abs(-0.0), abs(-5), complex(1, 2) * 1j, (1+2j).conjugate(), abs(3+4j), complex("1+2j"), 1j ** 2)
print(10**18 * 10**18, (10**20).bit_length(), int("9" * 50) % 97, -(10**25) // 3, (10**25) % -7)
x = 12345678901234567890
print(f"{x:,}", f"{x:e}", f"{x:.3g}", float(x), x.to_bytes(9, "big").hex())
print(sum([1, 2.5, 3]), sum([[1], [2]], []), min(1, 1.0), max(1.0, 1), 1 == 1.0 == True, hash(1) == hash(1.0))
print(7 .__floordiv__(2), (7).__rtruediv__(2), int.__add__(1, 2), float.__mul__(2.0, 3))
