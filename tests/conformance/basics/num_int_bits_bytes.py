for n in [0, 1, 255, 256, 65535, 2**64, -1, -128, -129, 10**30]:
    print(n, n.bit_length(), n.bit_count(), bin(n), oct(n), hex(n))
for n, ln, order, signed in [(1024, 2, 'big', False), (1024, 4, 'little', False), (-1, 2, 'big', True), (-129, 2, 'little', True), (255, 1, 'big', False), (2**64-1, 8, 'big', False)]:
    b = n.to_bytes(ln, order, signed=signed)
    print(n, b, b.hex(), int.from_bytes(b, order, signed=signed), int.from_bytes(b, order))
for args in [(256, 1, 'big'), (-1, 2, 'big'), (128, 1, 'big', True)]:
    try:
        n, ln, order, *s = args
        n.to_bytes(ln, order, signed=bool(s and s[0]))
    except OverflowError as e:
        print("OverflowError:", e)
print((5).to_bytes(), int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2, 3], 'little'), int.from_bytes(b'', 'big'))
print((0).to_bytes(0, 'big'), (-1).to_bytes(1, 'big', signed=True))
x = 0b1011_0110
print(x, x & 0xF, x | 0x100, x ^ 0xFF, ~x, x << 3, x >> 2, -x >> 1, -1 << 70, (-1) >> 100, 1 << 0)
def popcount_table(n):
    return [bin(i).count('1') for i in range(n)]
print(popcount_table(17))
def gray(n): return n ^ (n >> 1)
print([format(gray(i), '04b') for i in range(16)])
def subsets(items):
    for mask in range(1 << len(items)):
        yield [items[i] for i in range(len(items)) if mask >> i & 1]
print(list(subsets('abc')))
def lowbit(x): return x & -x
print([lowbit(i) for i in range(1, 20)])
def reverse_bits(x, w=32):
    r = 0
    for _ in range(w):
        r = (r << 1) | (x & 1); x >>= 1
    return r
print(reverse_bits(1), reverse_bits(0xF0F0F0F0), hex(reverse_bits(0x12345678)))
print(int('ff', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0), int('  -42  '), int('1_000_000'), int('z', 36), int('-0'), int('+7'))
for s, base in [('12a', 10), ('', 10), ('0x', 16), ('1__0', 10), ('08', 0), ('9', 8), ('3.5', 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int('1', 1)
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-3.99), int(1e20), int(True), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(format(1234567, ','), format(1234567, '_'), format(255, '#x'), format(255, '08b'), format(-255, '#010x'), format(42, '+d'), format(42, ' d'), format(42, '^10'), format(42, '*<8'), format(12345678, '_x'), format(10**20, ',') )
print('%d %5d %-5d| %05d %x %X %o %#o %#x %+d %c' % (42, 42, 42, 42, 255, 255, 8, 8, 255, 7, 65))
print(abs(-10**40), -(-5), +3, (10**40) // 7, (10**40) % 7, -(10**40) // 7, 2**-1, 10**-2, (-2)**0.5)
print(int.__name__, (7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate(), (7).as_integer_ratio(), True + True, True.bit_length())
print(sum(range(10**6)), sum(i*i for i in range(1000)), max(3, 7, 2), min([4, -1, 8]))
n = 12345678901234567890
print(n * n, n ** 3, n // 3, n % 97, -n // 97, n >> 10, n & 0xFFFF, str(n)[::-1], len(str(n**50)))
print(hash(10**20) == hash(10**20), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61 - 5), hash(1.5), hash(-0.5), hash(float('inf')))
print(10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 10**400 > 1e308, -10**400 < float('-inf'), 1 == 1.0, hash(1) == hash(1.0))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10**400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(10**400 // 10**399, (10**400 + 5) / 10**399, 7 / 2, -7 / 2, 1 / 3, 2 / 3, 10 / 4)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
