import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D
data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 4.0]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.mode([1, 1, 2, 3, 3, 3]), st.multimode('aabbbbccddddeeffffgg'))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.mean([D('0.5'), D('0.75')]), st.mean([1, 2, 3, 4]), st.mean([F(3, 7), F(1, 21)]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3], weights=[1, 2]) if True else '', st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 101), n=10, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.correlation(x, x[::-1]), st.covariance(x, y), st.linear_regression(x, [2 * v + 1 for v in x]), st.correlation(x, y))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.975), nd.pdf(100), nd.mean, nd.stdev, nd.variance, nd.overlap(st.NormalDist(110, 10)), nd.zscore(130), nd.quantiles(4), nd + 10, nd * 2, st.NormalDist.from_samples([1, 2, 3, 4, 5]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([]), lambda: st.geometric_mean([0, 1]), lambda: st.harmonic_mean([-1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.quantiles([1], n=4), lambda: st.NormalDist(0, -1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
scores = {'math': [88, 92, 79, 93, 85], 'physics': [72, 85, 90, 64, 78], 'art': [95, 91, 89, 97, 90]}
for subj, s in sorted(scores.items()):
    print(f"{subj:8} mean={st.mean(s):6.2f} median={st.median(s):5} sd={st.stdev(s):6.3f} range={max(s) - min(s)}")
