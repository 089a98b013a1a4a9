# Fraction comparisons against Fractions, ints, floats, Decimals and subclasses; sorting,
# equality, hashing and sets of Fractions.
from fractions import Fraction as F


class Half(F):
    pass


seed = 99


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n


fs = [F(rand(200) - 100, rand(50) + 1) for _ in range(400)]
ordered = sorted(fs)
print(ordered[:6], ordered[-4:])
print(sorted(fs, reverse=True)[:3], min(fs), max(fs))
others = [F(1, 3), F(-2, 4), 0, 1, -3, 2, 0.5, -0.25, 1e30, float("inf"), float("-inf"),
          Half(1, 2), True]
for a in [F(1, 2), F(-1, 2), F(0), F(7, 3), F(-10, 1), Half(3, 2)]:
    for b in others:
        print(repr(a), repr(b), [a < b, a <= b, a > b, a >= b, a == b, a != b,
                                 b < a, b == a])
nan = float("nan")
print(F(1, 2) < nan, F(1, 2) == nan, F(1, 2) != nan, F(1, 2) >= nan)
print(len(set(fs)), len({F(1, 2), 0.5, Half(1, 2), F(2, 4)}), hash(F(1, 2)) == hash(0.5),
      hash(F(-7, 1)) == hash(-7), hash(F(1, 3)) == hash(Half(1, 3)))
print(sum(1 for f in fs if f < 0), sum(1 for f in fs if f == F(1, 2)),
      sum(1 for f in fs if f >= 1), fs.count(F(0)), F(3, 6) in fs)
try:
    F(1, 2) < "x"
except TypeError as e:
    print("TypeError", e)
try:
    F(1, 2) < 1j
except TypeError as e:
    print("TypeError", e)
print(F(1, 2) == 1j, F(1, 2) == 0.5 + 0j, F(1, 2) == "0.5")
