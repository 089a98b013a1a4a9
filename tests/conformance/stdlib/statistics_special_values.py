# mean, variance and pstdev over ints, bools, floats with infinities and NaN, Fractions,
# Decimals and huge values: the exact-sum paths for each kind of number.
import statistics
from fractions import Fraction
from decimal import Decimal
for data in ([1, 2, 3], [1.5, float("inf")], [float("nan"), 1.0], [1, 2.5], [True, False, 3], [Fraction(1, 3), 2],
             [Decimal("1.5"), 2], [float("-inf"), float("inf")], [1e308, 1e308], [-0.0, 0.0], [2**70, 1]):
    out = []
    for f in (statistics.mean, statistics.variance, statistics.pstdev):
        try:
            out.append(repr(f(data)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(data, out)
