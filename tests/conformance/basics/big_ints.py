# Arbitrary precision integers.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
print(f50)
print(len(str(fact(200))))
print(2 ** 200)
print(-(3 ** 101))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, a - b, a * b)
print(b // a, b % a, divmod(-b, a))
print((a * b) // b == a)
print(2 ** 100 >> 50, 1 << 99, (2 ** 128 - 1) & 0xFFFF0000, (2 ** 70) | 1, (2**65) ^ (2**64))
print(~(2 ** 80))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 1000) % 97)
print(hex(2 ** 100), oct(2 ** 64), bin(2 ** 40 + 5))
print(int("9" * 40) + 1)
print(abs(-(10 ** 30)), -(10 ** 30) // 7, -(10 ** 30) % 7)
print(sum(range(10 ** 6)) * 10 ** 20)
print(10 ** 25 == 10 ** 25, 10 ** 25 < 10 ** 25 + 1, (2 ** 64).bit_length())
print(str(7 ** 77)[:20], str(7 ** 77)[-20:])
print(int.from_bytes(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00", "big"))
