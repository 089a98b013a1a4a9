def bits(n, w=8):
    return format(n & ((1 << w) - 1), f"0{w}b")
a, b = 0b11001010, 0b01011100
for name, v in [("a", a), ("b", b), ("a&b", a & b), ("a|b", a | b), ("a^b", a ^ b), ("~a", ~a), ("a<<1", a << 1), ("a>>3", a >> 3)]:
    print(f"{name:<5}{bits(v, 10)} {v}")
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)], popcount(2 ** 100 - 1))
flags = {"READ": 1, "WRITE": 2, "EXEC": 4}
perm = flags["READ"] | flags["EXEC"]
print([k for k, v in flags.items() if perm & v], perm, perm & ~flags["READ"])
print(-1 & 0xFF, -256 >> 4, -1 << 3, (~0) ^ 5, 1 << 64, (1 << 64) - 1 & 0xF0F0)
def reverse_bits(n, w=8):
    r = 0
    for _ in range(w):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([reverse_bits(x) for x in (1, 2, 3, 0b10110000)])
print(True & True, True | 0, 5 & True, (5).bit_length(), (-5).bit_length())
gray = [i ^ (i >> 1) for i in range(16)]
print(gray, [bits(g, 4) for g in gray[:5]])
