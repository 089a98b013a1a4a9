import math
print(math.pi, math.e, math.tau)
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.trunc(-3.7), math.fabs(-3), math.factorial(20), math.gcd(84, 36), math.gcd(0, 5))
print(math.isqrt(99), math.isqrt(10 ** 20), math.comb(10, 3), math.perm(5, 2))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(0))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.atan2(1, 1), 12))
print(math.hypot(3, 4), math.copysign(3, -0.0), math.fmod(-7, 3), math.pow(2, 0.5) == math.sqrt(2))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.degrees(math.pi), math.radians(180))
print(math.prod([1, 2, 3, 4, 5]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.lcm(4, 6), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
