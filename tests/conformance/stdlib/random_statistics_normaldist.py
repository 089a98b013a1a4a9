# random and statistics: seeded sequences of every distribution, state save/restore, seeds of
# every kind; descriptive statistics, regression, and NormalDist (AS 241 quantiles).
import random, statistics
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice("abcdefg"), random.uniform(1, 2))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.sample("abcdef", k=3), random.choices("abc", weights=[5, 1, 1], k=8), random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.lognormvariate(0, 0.5), random.expovariate(1.5), random.triangular(0, 10, 3))
print(random.betavariate(2, 5), random.gammavariate(2.5, 1.0), random.gammavariate(0.5, 2), random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(1, 2))
print(random.getrandbits(70), random.randbytes(5), random.random())
r = random.Random(42); print([r.randint(1, 6) for _ in range(10)], r.getstate()[1][:3])
r2 = random.Random("seed string"); print(r2.random()); r3 = random.Random(b"bytes"); print(r3.random())
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
random.seed(2.5); print(random.random())
random.seed(None if False else 7); print(random.sample(range(10**6), 3))
data = [random.gauss(50, 10) for _ in range(100)]
print(round(statistics.mean(data), 6), round(statistics.stdev(data), 6), round(statistics.median(data), 6), statistics.mode([1, 1, 2]), statistics.quantiles(range(1, 101), n=4))
print(statistics.fmean([1, 2, 3.5]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([1, 2, 2, 3]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.linear_regression([1, 2, 3], [2, 4, 7]), statistics.covariance([1, 2, 3], [1, 3, 2]), statistics.multimode("aabbc"))
nd = statistics.NormalDist(100, 15); print(nd.cdf(115), nd.inv_cdf(0.9), nd.pdf(100), nd + 5, nd.overlap(statistics.NormalDist(110, 15)), nd.zscore(130))
print([round(v, 10) for v in nd.quantiles(10)], [nd.inv_cdf(p) for p in (1e-10, 0.01, 0.3, 0.5, 0.7, 0.99, 1 - 1e-12)])
print(statistics.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), nd * 2, nd - statistics.NormalDist(1, 2), 10 - nd, nd / 3, -nd == statistics.NormalDist(-100, 15), nd.samples(3, seed=42))
try:
    statistics.NormalDist(0, -1)
except statistics.StatisticsError as e:
    print(e)
