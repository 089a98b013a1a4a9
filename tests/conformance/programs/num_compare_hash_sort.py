# Decimals as keys and sort keys: comparisons with ints, floats and Fractions, hashes equal
# to those of equal ints and floats, sorting prices, grouping, min/max and sets.
from decimal import Decimal
from fractions import Fraction

prices = [Decimal(s) for s in ("19.99", "5", "5.00", "0.5", "-3.25", "19.990", "100", "1E+2",
                               "0.50", "7.125", "-0", "0", "0.000", "2.5E-1", "33.3333")]
print(sorted(prices))
print(sorted(prices, reverse=True)[:5])
print(sorted(set(prices)) == sorted({p.normalize() for p in prices}), len(set(prices)))
print(max(prices), min(prices), sum(prices), sum(prices, Decimal("0.000")))
for p in prices[:8]:
    print(p, p == 5, p < 5, p >= 19, p == 0.5, p > Fraction(1, 3), hash(p) == hash(float(p)),
          bool(p), p.is_signed())
for n in (0, 1, -1, 5, 100, 2 ** 70, -(2 ** 70)):
    d = Decimal(n)
    print(n, hash(d) == hash(n), d == n, d + 1 > n, Decimal(str(n) + ".000") == n,
          hash(Decimal(str(n) + ".000")) == hash(n))
for f in (0.5, 0.25, 1.75, -2.5, 1e10, 3.0):
    d = Decimal(str(f))
    print(f, d, hash(d) == hash(f), d == f, Decimal(f) == d)
table = {}
for p in prices:
    table.setdefault(p, []).append(str(p))
for k in sorted(table):
    print(k, table[k])
print(Decimal("1.10") + Decimal("2.205"), Decimal("1.1") == Decimal("1.10"),
      hash(Decimal("1.1")) == hash(Decimal("1.10")))
print(3 < Decimal("3.5") < 4, 10 > Decimal(9), 2 == Decimal("2.0"), -1 != Decimal("-1.00"))
print([x for x in prices if 1 <= x <= 20])
