from fractions import Fraction as F
from decimal import Decimal as D
import decimal, math, statistics as st
for x in [F(1, 3), F(-7, 2), F(0), F(10**30, 7)]:
    for spec in ['', 's', '>10', '.3f']:
        try: print(repr(spec), format(x, spec))
        except Exception as e: print(type(e).__name__, e)
print(F(1, 3).__round__(), F(3, 2).__round__(), F(5, 2).__round__(), F(-5, 2).__round__(), round(F(1234, 7), -1), type(round(F(1, 3), 2)).__name__)
print(F(D('1.25')), F(F(1, 2), F(1, 3)), F(3) / F(0.5), F(1, 3) ** 0.5, 2 ** F(1, 2), F(2) ** F(2), (-F(8)) ** F(1, 3), F(1, 2) + 1j, F(7, 3).__floor__(), F(7, 3) // F(1, 3))
try: F(1, 2) + D('0.5')
except TypeError as e: print(e)
try: F(1, 0) 
except ZeroDivisionError as e: print(e)
try: F(1) / 0
except ZeroDivisionError as e: print(e)
try: F(0) ** -1
except ZeroDivisionError as e: print(e)
print(F.from_float(0.1), F.from_decimal(D('3.14')), F(1, 3).limit_denominator(2), F(355, 113).limit_denominator(10), F(-10, 4), F(10, -4), F('-.5'), F('1_000/3'), F('  2/4\n'))
for bad in ['1/', '/2', '1.5/2', '1 /2', '1e', 'inf']:
    try: print(F(bad))
    except ValueError as e: print(e)
print(D('1.5').__round__(), D('2.5').__round__(), D('-0.5').__round__(), D('123.456').__round__(-1), D('123.456').__round__(1), D('9.99').__round__(1))
try: round(D('nan'))
except ValueError as e: print(e)
try: round(D('inf'))
except OverflowError as e: print(e)
print(math.floor(D('-1.5')), math.ceil(D('1.2')), math.trunc(D('-1.7')), D('1.5').__floor__(), float(D('nan')), float(D('-inf')), D(float('inf')), D(-0.0), D(1e-5), D(12345678901234567890))
print(D('1') / D('3') * 3, D(1).__truediv__(3), D('10') % 3, D('-10') % 3, D('-10') // 3, D(10).remainder_near(3), D('1e2') + D('1E-2'), D('0.1') + D('0.2') == D('0.3'))
print(D('123.456').quantize(D('1.')), D('123.456').quantize(D('1e1')), D('-0.5').quantize(D('1')), D('2.5').quantize(D(1)), D('1.000').normalize(), D('100').normalize(), D('0E-5').normalize(), D('1e-7') * 1, D(3).sqrt(), D('0.25').sqrt(), D(-0).sqrt())
print(D(2).ln(), D('0.5').log10(), D('1e100').log10(), D(1).exp(), D('123.456').logb(), D(10) ** -2, D('2.0') ** 3, D(4) ** D('0.5'), D('1.1') ** 100)
print(st.mean([D('1.1'), D('2.2'), D('3.3')]), st.median([D('1'), D('3')]), st.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75')]), st.variance([F(1, 3), F(2, 3), F(1)]), st.mode([D('1.1'), D('1.1'), D('2')]))
print(st.geometric_mean([1, 10, 100]), st.harmonic_mean([2.5, 3, 10], weights=[1, 2, 3]) if True else '', st.fmean([F(1, 2), F(1, 3)]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.pvariance([1, 2, 3, 4], mu=2.5), st.quantiles([1, 2, 3, 4, 5, 6, 7], n=3))
for bad in [lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1, 2], n=0), lambda: st.correlation([1, 1, 1], [1, 2, 3]), lambda: st.linear_regression([1], [2]), lambda: st.NormalDist(0, -1), lambda: st.NormalDist().inv_cdf(1.5), lambda: st.median([]), lambda: st.fmean([]), lambda: st.pvariance([]), lambda: st.correlation([1, 2], [1])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
