# statistics: averages and spread with exact internal sums, error messages.
import statistics as st
from fractions import Fraction as F

datasets = [
    [1, 2, 3, 4, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.1, 0.2, 0.3, 0.4, 0.7],
    [1e50, 1, -1e50, 3, 5.5],
    [F(1, 3), F(2, 7), F(5, 6), F(3, 4)],
    [3, 1.5, F(1, 2)],
    [10, 20, 30],
    [17, 4, 9, 22, 5, 13, 8, 11, 1, 30, 2],
    [0.1] * 10,
    [1, 1, 1, 1],
    [True, False, True],
    [-5, -3.25, 7, 1e-3, 12345.678],
]
for data in datasets:
    print("data:", data)
    print("  mean", repr(st.mean(data)), "fmean", repr(st.fmean(data)))
    print("  median", repr(st.median(data)), repr(st.median_low(data)), repr(st.median_high(data)))
    print("  grouped", repr(st.median_grouped(data)), repr(st.median_grouped(data, 2)))
    print("  mode", repr(st.mode(data)), st.multimode(data))
    print("  pvariance", repr(st.pvariance(data)), "pstdev", repr(st.pstdev(data)))
    print("  variance", repr(st.variance(data)), "stdev", repr(st.stdev(data)))
    print("  quantiles", st.quantiles(data), st.quantiles(data, n=10, method="inclusive"))

print(repr(st.mean([1, 2])), repr(st.mean([2, 4])), repr(st.mean(iter([1.5, 2.5]))), repr(st.mean(range(101))))
print(repr(st.variance([1, 2, 3, 4], 2.5)), repr(st.pvariance([1, 2, 3, 4], 2.5)), repr(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75])))
print(repr(st.variance([F(1, 4), F(5, 4), F(1, 2)])), repr(st.pvariance([F(1, 4), F(5, 4), F(1, 2)])))
print(repr(st.pstdev([2, 4, 4, 4, 5, 5, 7, 9])), repr(st.stdev([2, 4, 4, 4, 5, 5, 7, 9])))
print(repr(st.pvariance([1, 3])), repr(st.variance([7, 7])), repr(st.stdev([7, 7])), repr(st.pstdev([5])))
big = [10**20 + i for i in range(7)]
print(repr(st.mean(big)), repr(st.variance(big)), repr(st.stdev(big)), repr(st.pstdev([1e300, 1e300 * 1.5])))
for k in range(2, 40, 7):
    vals = [((i * 7919) % 101) / 7 for i in range(k)]
    print(k, repr(st.mean(vals)), repr(st.stdev(vals)), repr(st.pvariance(vals)), repr(st.fmean(vals)))

print(repr(st.fmean([3.5, 4.0, 5.25])), repr(st.fmean(x / 3 for x in range(1, 8))))
print(repr(st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30])), repr(st.fmean([1, 2], weights=iter([3, 1]))))
print(repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean([1.5, 2.5, 8])))
print(repr(st.harmonic_mean([40, 60])), repr(st.harmonic_mean([40, 60], weights=[5, 30])), repr(st.harmonic_mean([2.5, 3, 10])))
print(repr(st.harmonic_mean([F(1, 2), F(1, 3)])), repr(st.harmonic_mean([5])), repr(st.harmonic_mean([0, 5])), repr(st.harmonic_mean([1, 2, 4])))
print(st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.mode("aabbbcc"), st.multimode("aabbbccddd"))
print(st.multimode([]), st.multimode("abc"), st.mode([(1, 2), (1, 2), (3,)]))
print(st.median(["b", "c", "a"]), st.median_low(["b", "d", "c", "a"]), st.median_high(["b", "d", "c", "a"]))
print(repr(st.median_grouped([52, 52, 53, 54])), repr(st.median_grouped([1, 3, 3, 5, 7], interval=1)), repr(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2)))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2], n=1), st.quantiles([1, 5], n=3), st.quantiles([F(1, 2), F(3, 2), 4], n=4), st.quantiles([1.0, 2.0, 10.0], method="inclusive"))

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(repr(st.covariance(x, y)), repr(st.correlation(x, y)), repr(st.correlation(x, x[::-1])))
lr = st.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
print(lr, repr(lr.slope), repr(lr.intercept), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

errors = [
    lambda: st.mean([]),
    lambda: st.fmean([]),
    lambda: st.fmean([1, 2], weights=[1]),
    lambda: st.fmean([1, 2], weights=[1, -1]),
    lambda: st.median([]),
    lambda: st.median_low([]),
    lambda: st.median_high([]),
    lambda: st.median_grouped([]),
    lambda: st.mode([]),
    lambda: st.variance([1]),
    lambda: st.stdev([]),
    lambda: st.pvariance([]),
    lambda: st.pstdev([]),
    lambda: st.quantiles([1], n=4),
    lambda: st.quantiles([1, 2], n=0),
    lambda: st.geometric_mean([1, -1]),
    lambda: st.geometric_mean([]),
    lambda: st.harmonic_mean([]),
    lambda: st.harmonic_mean([1, -2]),
    lambda: st.harmonic_mean([1, 2], weights=[1]),
    lambda: st.covariance([1, 2], [1]),
    lambda: st.covariance([1], [1]),
    lambda: st.correlation([1, 1, 1], [1, 2, 3]),
    lambda: st.correlation([1, 2], [3]),
    lambda: st.linear_regression([1, 1], [2, 3]),
    lambda: st.linear_regression([1], [2]),
]
for fn in errors:
    try:
        fn()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
for fn in [lambda: st.quantiles([1, 2], method="median"), lambda: st.mean(["a", "b"]), lambda: st.harmonic_mean(["x"]), lambda: st.median_grouped(["a", "b"])]:
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__module__)
