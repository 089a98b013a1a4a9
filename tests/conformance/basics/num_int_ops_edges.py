# int ops
import sys
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2**100-1).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True), int.from_bytes(b'\x01\x00', 'little'), (0).to_bytes(0, 'big'), (5).to_bytes())
try: (256).to_bytes(1, 'big')
except OverflowError as e: print(e)
try: (-1).to_bytes(1, 'big')
except OverflowError as e: print(e)
for s, b in [('0x1f', 0), ('0o17', 0), ('0b101', 0), ('1_000', 0), ('z', 36), ('-0xff', 16), ('  42  ', 10), ('0', 0), ('00', 0), ('7fffffffffffffffffff', 16)]:
    print(s, b, int(s, b))
for s, b in [('08', 0), ('0x', 16), ('12', 2), ('', 10), ('1__2', 10), ('_1', 10)]:
    try: int(s, b)
    except ValueError as e: print(e)
try: int('5', 37)
except ValueError as e: print(e)
try: int(5, 10)
except TypeError as e: print(e)
print(2**200, -2**200 // 3, -2**200 % 7, divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(-17.5, 5), -17 // 5.0, 7 % -3, 2**-2, (-2)**0.5)
print(10**30 / 10**10, 10**400 // 10**399, (10**400) / (10**399), 1 / 3 * 3, 2**1023 * 2.0 if False else 'skip')
try: 10**400 / 1
except OverflowError as e: print(e)
try: float(10**400)
except OverflowError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1.0 // 0.0
except ZeroDivisionError as e: print(e)
try: 1.0 % 0.0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-3, 3, 7), pow(2, 10**18, 10**9+7), pow(10, -2), pow(2, 0.5))
try: pow(2, -1, 4)
except ValueError as e: print(e)
try: pow(2, 3, 0)
except ValueError as e: print(e)
try: pow(2.0, 3, 5)
except TypeError as e: print(e)
print(int(3.99), int(-3.99), int('  -7 '), int(True), int(1e20), int(2.5e18), hex(-255), oct(8), bin(-5), abs(-2**70))
print(1 << 100, -1 >> 10, -(2**70) >> 3, 5 & -3, 5 | -8, ~(2**65), 2**64 ^ 2**63)
try: 1 << -1
except ValueError as e: print(e)
print(sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else '', sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize)
x = 3 ** 1000
print(len(str(x)), str(x)[:20], x % 1000007, x.bit_length())
print(int.__name__, (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate(), (5).as_integer_ratio(), True + True, True / 2, (7).__floordiv__(2), (7).__rtruediv__(2))
print(int('١٢٣'), float('١٫٥') if False else '', int(' ０x1f'.strip()[1:] if False else '42'))
print(isinstance(True, int), bool(0.0), bool(-0.0), bool(0j), 1 == 1.0 == (1+0j), hash(1) == hash(1.0), hash(-1), hash(2**61), hash(2**61-1), hash(-2**61), hash(0.5), hash(float('inf')))
print(sys.set_int_max_str_digits(0) if hasattr(sys, 'set_int_max_str_digits') else '')
