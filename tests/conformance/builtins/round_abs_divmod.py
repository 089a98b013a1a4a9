for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 2.675, 1e-10, 123.456, -987.654]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), abs(x))
for n in [15, 25, -25, 1234, 1250, -1250]:
    print(n, round(n, -1), round(n, -2), type(round(n, -1)).__name__)
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (5.5, 2), (-5.5, 2), (10 ** 20, 7)]:
    print(a, b, divmod(a, b))
print(abs(-10 ** 30), abs(-3 + 4j), abs(False), round(float("inf")) if False else "skip")
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
