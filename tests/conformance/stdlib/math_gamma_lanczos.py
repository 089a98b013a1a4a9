# math.gamma and math.lgamma agree with CPython to the last digit (same Lanczos sum), including
# the exact factorial range, reflection for negative arguments and the error cases.
import math

xs = [0.5, 1.5, 2.5, 5.5, 10.5, 0.1, 1e-5, 1e-21, -0.5, -1.5, -2.5, -10.3, 20.2, 23, 24,
      30.5, 100.1, 140.5, 150.3, 171.5, 171.7, -180.5, -200.5, -250.25, 1, 2, 3, 7, 0.0,
      -1.0, -3, float("inf"), float("-inf"), 1e-300, 4.75, 12.125]
for x in xs:
    row = [f"{x!r:>10}"]
    for fn in (math.gamma, math.lgamma):
        try:
            row.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(" ".join(row))

# Typical uses: the beta function, binomial coefficients for real arguments, log-likelihoods.
def beta(a, b):
    return math.exp(math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b))

print(beta(2, 3), beta(0.5, 0.5), beta(10.5, 2.25))
print([round(math.gamma(n + 1) / (math.gamma(k + 1) * math.gamma(n - k + 1)), 6)
       for n, k in [(5, 2), (10, 3), (7.5, 2.5)]])
print(sum(math.lgamma(k + 1) for k in range(1, 40)))
print(math.gamma(0.5) ** 2, math.pi)
