# Exact sums of fractions with large denominators (math.gcd on big ints of very different
# sizes, as Fraction reduces after each operation), and math.gcd/lcm on big values.
import math
from fractions import Fraction

t = Fraction(0)
for i in range(1, 400):
    t += Fraction(1, i * i)
print(t.denominator.bit_length(), t.numerator % 10**12, float(t))
h = sum(Fraction(1, k) for k in range(1, 300))
print(h.numerator.bit_length(), str(h)[:40], h > 6)
fib = [1, 1]
for _ in range(400):
    fib.append(fib[-1] + fib[-2])
print(math.gcd(fib[-1], fib[-2]), math.gcd(fib[300], fib[150]) == fib[150])
k = 3 ** 500
print(math.gcd(fib[-1] * k, fib[-2] * k) == k, math.gcd(k * 10**100, 7 * k, -14 * k) == k)
print(math.gcd(2**4000, 6**1000) == 2**1000, math.lcm(2**100 * 3, 3**50) == 2**100 * 3**50)
print(math.gcd(-(10**80), 10**60 * 15), math.gcd(0, -(10**70)) == 10**70, math.gcd())
