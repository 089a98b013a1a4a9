# statistics: fmean with and without weights (lists, iterators, errors), the median family
# at odd and even sizes, median_grouped classes, harmonic_mean edge cases, NormalDist
# equality, hashing, repr and state.
import fractions
import decimal
import statistics as st

F = fractions.Fraction
D = decimal.Decimal


def show(label, func, *args, **kwargs):
    try:
        print(label, repr(func(*args, **kwargs)))
    except (st.StatisticsError, TypeError, ValueError, OverflowError) as err:
        print(label, type(err).__name__, err)


for data in ([1, 2, 3, 4], (2.5, 3.5), range(5), iter([1, 2, 3]), {4, 8}, [F(1, 3), F(1, 6)],
             [], iter([]), [1e308, 1e308], [True, False, True]):
    show("fmean", st.fmean, data)
show("fmean w", st.fmean, [1, 2, 3], [3, 2, 1])
show("fmean w iter", st.fmean, iter([10, 20]), iter([1, 3]))
show("fmean w gen", st.fmean, (x for x in [5, 7]), (w for w in [0.5, 0.5]))
show("fmean w len", st.fmean, [1, 2, 3], [1, 2])
show("fmean w zero", st.fmean, [1, 2], [0, 0])
show("fmean w neg", st.fmean, [1, 2], [1, -1])
show("fmean w bad", st.fmean, ["a", "b"], [1, 2, 3])
show("fmean bad", st.fmean, ["a"])

for data in ([3], [3, 1], [5, 1, 3], [4, 1, 3, 2], [2, 2, 2, 2], [1.5, 2, F(5, 2)],
             ["b", "a", "c", "d"], [D("1.1"), D("2.2")], range(10), iter([9, 7, 8]), [], "dcba"):
    for func in (st.median, st.median_low, st.median_high):
        show(func.__name__, func, list(data) if not isinstance(data, list) else data)

for data, interval in (([5], 1), ([1, 2, 2, 3], 1), ([1, 3, 3, 5, 7], 1), ([1, 3, 3, 5, 7], 2),
                       ([2, 2, 2, 3, 3, 4], 0.5), ([52, 52, 53, 54], 1), ([1.5, 2.5], 1),
                       ([F(1, 2), F(3, 2), F(3, 2)], 1), ([], 1), ([1, 2], "x"), (["a", "b"], 1),
                       ([3, 3, 3], 10), ([1, 2, 3, 4, 5, 6], 3)):
    show("median_grouped %r %r" % (data, interval), st.median_grouped, data, interval)

# With NaNs the sorted order is inconsistent; the class is found by bisection all the same.
NAN = float("nan")
for data in ([1, NAN, 2, 2, NAN, 2, 1, 2, 2], [NAN, 3, NAN, 2, 1, NAN, 1, 3, 2],
             [2, 2, NAN, 2, 3, 2, 3, NAN, 3]):
    show("median_grouped nan", st.median_grouped, data)

for data, weights in (([4], None), ([-4], None), (["x"], None), ([F(1, 2)], None),
                      ([1, 2, 4], None), ([2.5, 3, 10], None), ([1, 0, 3], None),
                      ([1, -1], None), ([], None), (iter([1, 2, 4]), None),
                      ([40, 60], [5, 30]), ([1, 2], [0, 0]), ([1, 2], [1]),
                      ([1, 2], [1, -1]), ([F(1, 2), F(1, 3)], [1, 2]), ([D(2), D(4)], None),
                      ([2, 4], iter([1, 1])), ([0, 5], [0, 1])):
    show("harmonic_mean", st.harmonic_mean, data, weights)

a = st.NormalDist(10, 2)
b = st.NormalDist.from_samples(iter([8, 10, 12]))
c = st.NormalDist(10.0, 2.0)
print(a, b, repr(st.NormalDist()), a == c, a == b, a != c, a == (10, 2), hash(a) == hash(c))
print(len({a, c, b}), a.__getstate__(), c.mean, c.stdev, c.variance)
fresh = st.NormalDist.__new__(st.NormalDist)
fresh.__setstate__((1.5, 0.5))
print(fresh, fresh == st.NormalDist(1.5, 0.5))


class Sub(st.NormalDist):
    pass


print(repr(Sub(1, 1)), Sub(1, 1) == st.NormalDist(1, 1), st.NormalDist(float("nan")) == st.NormalDist(float("nan")))
show("sigma", st.NormalDist, 0, -1)
print(a + b, a - 1, 2 * a, a / 2, -a, +a, 3 - a)
