# fractions.Fraction: construction, arithmetic, comparison, hashing, rounding.
import math
from fractions import Fraction as F

print(F(), F(3), F(6, 4), F(-6, 4), F(6, -4), F(-6, -4), F(0, 5), F(True), F(F(1, 3)))
print(F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F(3, F(1, 2)))
for s in [
    "314", "-35/4", "3.1415", "-47e-2", "1e3", "  7/8  ", ".5", "5.", "+2", "1_000",
    "1_000.000_1", "2E+2", "-0", "0.000", "\t-12/18\n", "1.5e-3", "3/9",
]:
    print(repr(s), repr(F(s)))
for bad in ["", "abc", "1/", "/2", "1.2/3", "1 /2", "1__0", "_1", "1_", "--1", "1e", "1.2.3", ". 5", "e5", "1/2e3"]:
    try:
        F(bad)
    except ValueError as e:
        print("ValueError:", e)
for f in [0.5, 0.1, -2.75, 1e-10, 3.0, 2.0**60]:
    print(f, repr(F(f)), F.from_float(f) == F(f))
print(F.from_float(7), repr(F.from_float(True)))
for bad in [(1.5, 2), (1, 2.0), ("1", 2), ([],), (None,), (1j,)]:
    try:
        F(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    F.from_float("x")
except TypeError as e:
    print("TypeError:", e)
for bad in [(1, 0), (0, 0), (-3, 0)]:
    try:
        F(*bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    F("4/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for bad in [float("nan"), float("inf"), float("-inf")]:
    try:
        F(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, a // 1, 7 // a, a % 1, 7 % a)
print(divmod(7, a), divmod(a, 2), F(-7, 2) // 2, F(-7, 2) % 2, 2 ** F(3), 4 ** F(1, 2), F(4) ** F(1, 2))
print(a + 0.5, 0.5 + a, a * 2.0, a / 0.25, a - 1j, 1j * a, a ** 0.5, 2.0 ** a, a // 0.5, a % 0.5)
print(repr(a + True), type(a // b).__name__, type(divmod(a, b)[0]).__name__, F(-1, 2) ** -2, F(-2, 3) ** -3)
print(-a, +a, abs(b), -F(0), repr(+F(5, 1)))
for op in [lambda: a / 0, lambda: a / F(0), lambda: F(-3, 4) / 0, lambda: F(0) ** -1, lambda: F(0) / 0]:
    try:
        op()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for op in [lambda: a // 0, lambda: a % 0]:
    try:
        op()
    except ZeroDivisionError:
        print("ZeroDivisionError")
for op in [lambda: a + "x", lambda: "x" * a, lambda: a < "x", lambda: a < 1j]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

print(a == F(6, 8), a == 0.75, a == 0.7, F(2) == 2, F(2, 1) == 2.0, a != b, F(1, 2) == 0.5 + 0j, a == "3/4")
print(a < 1, a > b, a <= 0.75, a >= 0.76, b < -0.8, F(1) < float("inf"), F(1) > float("-inf"), F(1) < float("nan"))
print(F(1, 3) < F(1, 2) < 1 < F(3, 2) < 2.0, sorted([F(1, 2), 0.25, 1, F(-1, 3), True]))
print(max(F(1, 3), F(2, 5)), min([F(7, 2), 3, 3.6]))
print(F(0) == float("nan"), F(5) == float("inf"), bool(F(0)), bool(F(1, 9)))

for x in [F(1, 2), F(-1, 2), F(5), F(-7, 3), F(10, 7), F(0), F(2**70, 3)]:
    print(hash(x) == hash(float(x)) if x.denominator in (1, 2) else hash(x), hash(x) == hash(F(x)))
print(hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5), hash(F(-1)), hash(F(1, 3)), hash(F(-1, 3)))
print({F(1, 2): "half", 0.5: "float"}, {F(2): 1, 2: 2})

for x in [F(7, 2), F(5, 2), F(-7, 2), F(-5, 2), F(10, 3), F(-10, 3), F(1, 3)]:
    print(x, int(x), math.floor(x), math.ceil(x), math.trunc(x), round(x), round(x, 1), round(x, -1), float(x))
print(round(F(12345, 100), 1), round(F(125, 1000), 2), round(F(135, 1000), 2), round(F(1234), -2), round(F(1250), -2))
print(complex(F(1, 4)), F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate(), F(1, 8).as_integer_ratio())
print(F(3, 4).numerator, F(3, 4).denominator, F(-6, 8).numerator, F(-6, 8).denominator)

pi = F("3.141592653589793")
for m in [1, 5, 10, 100, 1000, 10**6]:
    print(m, pi.limit_denominator(m))
print(F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(2), F(-7, 12).limit_denominator(5))
print(F(0.1).limit_denominator(), F(2, 3).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError:", e)

print(str(F(3, 4)), str(F(8, 4)), repr(F(-1, 3)), f"{F(5, 6)}", "%s" % F(2, 3), [F(1, 2)])
total = F(0)
for i in range(1, 21):
    total += F(1, i)
print(total, float(total))
print(sum([F(1, 3)] * 3), sum(F(1, 2**i) for i in range(1, 11)), math.prod([F(2, 3)] * 4) if hasattr(math, "prod") else F(16, 81))


class MyF(F):
    pass


m = MyF(3, 9)
print(repr(m), type(m).__name__, type(m + 1).__name__, type(-m).__name__, repr(MyF("2.5")), isinstance(m, F))
print(F(2, 3).__reduce__(), F(2, 3).__copy__() == F(2, 3))
