for n in [0, 1, 7, 8, 15, 16, 255, 256, 1000, -42, 2 ** 32]:
    print(f"{n:>11} {bin(n):>36} {oct(n):>13} {hex(n):>11} {int(bin(n), 0) == n} {int(hex(n), 16) == n}")
print([chr(i) for i in range(0x41, 0x5B)])
print("".join(chr(ord(c) ^ 32) for c in "Hello World"))
print([ord(c) for c in "€£¥"], [chr(c) for c in [9731, 9733, 10004]])
for s, b in [("777", 8), ("zz", 36), ("-ff", 16), ("1010", 2), ("  12  ", 10), ("0x1A", 16), ("0b11", 0)]:
    print(s.strip(), b, int(s, b))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
