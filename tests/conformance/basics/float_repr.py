# Float repr and str use the shortest round-tripping form.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, 1.5e300,
          2.5, 3.14159, 1/3, 2/3, 100.0, 1e22, 1e-7, 5e-324, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1)
print(7 / 2, -7 / 2, 1 / 4, 10 / 5, 2 ** -1, 2.0 ** 10)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.25, 1), round(123.456, -1))
print(int(3.9), int(-3.9), float(7), float("  2.5  "), float("1e3"))
print((0.5).as_integer_ratio(), (2.25).is_integer(), (2.0).is_integer())
print(1e308 * 10, -1e308 * 10)
print(0.1 + 0.7, 4.35 * 100, 1.23e-10)
print(3.0 == 3, 0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9)
print(float.fromhex("0x1.8p1"), (3.0).hex())
