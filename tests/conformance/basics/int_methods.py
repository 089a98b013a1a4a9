# int constructors and methods.
for s, base in [("ff", 16), ("0xff", 16), ("777", 8), ("0o777", 0), ("101", 2), ("z", 36), ("  42  ", 10), ("-17", 10), ("1_000", 10), ("0b1101", 0)]:
    print(s.strip(), base, int(s, base))
print(int("12"), int(-7.9), int("  -0 "), int(True))
for n in [0, 1, 255, 256, -1, 2 ** 31, 10 ** 18]:
    print(n, n.bit_length(), bin(n).count("1"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), int.from_bytes(b"\xff\xfe", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print((10).__add__(5), (10).__mul__(3), (7).__neg__())
print(int.__name__, (5).real, (5).imag, (5).numerator, (5).denominator, (6).conjugate())
print(divmod(100, 7), pow(2, 10), pow(2, -1), pow(5, 3, 13), pow(-5, 3, 13))
print(int("9" * 30) // int("3" * 30))
print(format(255, "x"), format(255, "#o"), format(255, "08b"), format(1234567, ","), format(1234567, "_"))
for bad in ["", "abc", "1.5", "0x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
