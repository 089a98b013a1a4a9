# statistics keeps the data's own numeric type: Decimal and Fraction data give Decimal and
# Fraction results (stdev of Decimals is a correctly rounded Decimal).
import statistics as st
from decimal import Decimal, getcontext
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.49"), Decimal("12.00"), Decimal("7.25")]
print("mean", st.mean(prices))
print("median", st.median(prices))
print("variance", st.variance(prices))
print("pvariance", st.pvariance(prices))
print("stdev", st.stdev(prices))
print("pstdev", st.pstdev(prices))
print("stdev given mean", st.stdev(prices, xbar=Decimal("11")))
print("harmonic", st.harmonic_mean([Decimal("2"), Decimal("4")]))
print("mean of halves", st.mean([Decimal("1.5"), Decimal("2.5")]))
print("mean thirds", st.mean([Decimal(1), Decimal(2), Decimal(2)]))

getcontext().prec = 6
print("low precision stdev", st.stdev([Decimal(1), Decimal(2), Decimal(4)]))
print("low precision mean", st.mean([Decimal(1), Decimal(2), Decimal(2)]))
getcontext().prec = 28

ratios = [Fraction(1, 2), Fraction(3, 4), 1]
print("fraction mean", st.mean(ratios))
print("fraction variance", st.variance(ratios))
print("fraction pvariance", st.pvariance(ratios))
print("fraction stdev", st.stdev(ratios))
print("int mean", st.mean([1, 2, 4]), st.mean([2, 4]))
print("bool mean", st.mean([True, False, True, True]))
print("mixed int float", st.mean([1, 2.5]))

rows = [("north", Decimal("120.50")), ("south", Decimal("98.25")), ("north", Decimal("130.75")),
        ("east", Decimal("101.00")), ("south", Decimal("110.10")), ("east", Decimal("99.90"))]
by_region = {}
for region, amount in rows:
    by_region.setdefault(region, []).append(amount)
for region in sorted(by_region):
    vals = by_region[region]
    print(f"{region:<6} mean={st.mean(vals):>8} stdev={st.stdev(vals):.4f}")

try:
    st.mean([Decimal(1), Fraction(1, 2)])
except TypeError as e:
    print("TypeError:", e)
