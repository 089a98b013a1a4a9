"""Seeded random simulations (CPython's exact sequences) summarised with statistics:
dice, shuffles, sampling, weighted choices, gauss/normalvariate and other distributions."""
import random
import statistics as st
from fractions import Fraction
from decimal import Decimal

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(500)]
print(rolls[:20])
counts = {s: rolls.count(s) for s in range(2, 13)}
print(counts)
print(st.mean(rolls), st.median(rolls), st.mode(rolls), st.multimode(rolls[:15]))
print(round(st.stdev(rolls), 10), round(st.pvariance(rolls), 10), st.quantiles(rolls, n=4))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4]))

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng = random.Random("cards")
rng.shuffle(deck)
print(deck[:13])
print(rng.sample(deck, 5), rng.choice(deck), rng.choices(deck, k=3))
print(rng.choices(["a", "b", "c"], weights=[10, 1, 1], k=12))
print(rng.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=8))
print(rng.sample(range(1000000), 4), rng.sample(range(10), k=10))
print(rng.randrange(10), rng.randrange(5, 100, 5), rng.randrange(-10, 10), rng.getrandbits(70))
print(rng.random(), rng.uniform(-1, 1), rng.triangular(0, 10, 3))
print([round(rng.gauss(100, 15), 6) for _ in range(5)])
print([round(rng.normalvariate(0, 1), 6) for _ in range(5)])
print(round(rng.expovariate(1.5), 9), round(rng.betavariate(2, 5), 9), round(rng.gammavariate(2.0, 3.0), 9))
print(round(rng.lognormvariate(0, 0.5), 9), round(rng.vonmisesvariate(1.0, 2.0), 9),
      round(rng.paretovariate(3.0), 9), round(rng.weibullvariate(1.0, 1.5), 9))
print(rng.randbytes(8).hex())
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])
random.seed(7)
x = list(range(10))
random.shuffle(x)
print(x, random.sample(sorted({"z", "y", "x", "w"}), 2))
for seed in [0, 1, -5, 2**70, 3.5, "abc", b"abc", bytearray(b"xy")]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(0, 10**12))

data = [Fraction(1, 3), Fraction(1, 2), Fraction(5, 6), Fraction(2, 3)]
print(st.mean(data), st.median(data), st.variance(data), st.fmean(data))
money = [Decimal("1.10"), Decimal("2.25"), Decimal("3.30")]
print(st.mean(money), st.median(money), st.stdev(money))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
xs = [1, 2, 3, 4, 5]
ys = [2.1, 3.9, 6.2, 7.8, 10.1]
print(st.correlation(xs, ys), st.covariance(xs, ys), st.linear_regression(xs, ys))
nd = st.NormalDist.from_samples([2.5, 3.1, 2.9, 3.6, 3.0])
print(nd, round(nd.cdf(3.5), 12), round(nd.inv_cdf(0.9), 12), nd.quantiles(4))
for bad in [[], [1]]:
    for f in (st.mean, st.stdev, st.mode):
        try:
            print(f.__name__, f(bad))
        except st.StatisticsError as e:
            print(f.__name__, "StatisticsError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
