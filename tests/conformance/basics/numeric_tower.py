# Mixed int/float/complex arithmetic and conversions.
print(type(1 + 2).__name__, type(1 + 2.0).__name__, type(1 + 2j).__name__, type(True + 1).__name__)
print(1 / 1, type(4 / 2).__name__, 4 // 2, type(4.0 // 2).__name__)
print(2 ** 0.5, 4 ** 0.5, (-8) ** (1 / 3) == (-8) ** (1 / 3))
print(10 ** -2, 10.0 ** 2, 2 ** 62 + 0.0)
print(int(1e18), int(2 ** 53 + 1.0), float(2 ** 53 + 1))
print(1e300 * 1e10 == float("inf"), 10 ** 400 > 1e300)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
print(round(7 / 3, 4), round(-7 / 3), round(0.5), round(1.5), round(5, -1), round(15, -1), round(25, -1))
print(abs(-2.5), abs(3 - 4j), -0.0 == 0.0, str(-0.0))
print(sum([1, 2.5, 3]), sum([1j, 2]), max(1, 2.5), min(-1, -1.5))
print(3 * 1.1, 0.1 * 0.1, 1 - 0.9)
print(7 % 3.5, 2 ** 3.0, 9 ** 0.5)
