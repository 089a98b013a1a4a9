import math

for x in [0, 0.5, 1, 2, 3, -0.5, -3, 6, -6, 30]:
    print(x, math.erf(x))
for x in [0, 0.5, 1, -0.5, -3, -6]:
    print(x, math.erfc(x))
print(math.erf(-0.0), math.erfc(0))
for x in [0.5, 1, 2, 3, 5, 10, 20, 100.5]:
    print(x, round(math.lgamma(x), 9), math.exp2(x))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0, 1), math.nextafter(0, -1), math.nextafter(2, 2))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-5.0), math.ulp(float("inf")))
print(math.remainder(10, 3), math.remainder(11, 2), math.remainder(-7, 2), math.remainder(5.5, 2), math.remainder(-5, 4))
print(math.remainder(3, 2), math.remainder(5, 2), math.remainder(7.5, 5), math.remainder(1e300, 3), math.remainder(3, float("inf")))
for x in [0.5, 1, 2, -2, 1e-20, 10]:
    print(x, math.asinh(x), math.atanh(x / 11), math.acosh(abs(x) + 1))
for bad in [lambda: math.atanh(1), lambda: math.atanh(-1.5), lambda: math.lgamma(0), lambda: math.lgamma(-2),
            lambda: math.remainder(1, 0), lambda: math.remainder(float("inf"), 1)]:
    try:
        print(bad())
    except ValueError as e:
        print("ValueError:", e)
print(math.lgamma(float("inf")), math.isnan(math.erf(float("nan"))))
