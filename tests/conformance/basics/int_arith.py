# Integer arithmetic, including the sign rules of floor division and modulo.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (13, 13), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:>3} {b:>3} | + {a + b:>4} - {a - b:>4} * {a * b:>4} // {a // b:>3} % {a % b:>3} divmod {divmod(a, b)}")
    assert a == (a // b) * b + a % b
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, 0 ** 0)
print(-2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 2 ** 3 ** 2, 100 // 7 // 2)
print(17 & 5, 17 | 5, 17 ^ 5, ~17, 1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100)
x = 5
x += 3; x *= 2; x -= 1; x //= 2; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xff; x ^= 0b1010
print("augmented:", x)
print(int(True) + True, True * 10, False - 1)
print(abs(-12), -(-12), +(-12))
print(0x1F, 0o17, 0b1011, 1_000_000)
