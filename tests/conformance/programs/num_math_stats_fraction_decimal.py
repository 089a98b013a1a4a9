import math, statistics
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, InvalidOperation, ROUND_DOWN
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.1, 5.0]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]))
print(statistics.quantiles(data, n=4), statistics.quantiles(range(1, 11), n=10, method='inclusive'))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]), statistics.fmean([1, 2, 3]))
print(statistics.multimode('aabbbcccd'), statistics.median_grouped([1, 2, 2, 3, 4]))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([Decimal('1.1'), Decimal('2.2')]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3], [1, 3, 2]))
print(statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
try:
    statistics.stdev([1])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.95), nd.pdf(100), nd.zscore(130), nd.overlap(statistics.NormalDist(110, 10)))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(12, 18, 30), math.lcm(4, 6, 10), math.isqrt(99), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.5), round(3.5), round(2.675, 2), round(-0.5))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.sqrt(2), math.pi, math.tau, math.e, math.inf, -math.inf, math.nan)
print(math.degrees(math.pi / 3), math.radians(180), math.atan2(1, -1), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.75), math.factorial(20), math.nextafter(1.0, 2.0), math.ulp(1.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
f = Fraction(3, 4) + Fraction('1/6') - Fraction(0.5)
print(f, repr(f), f.numerator, f.denominator, float(f), Fraction(1.1).limit_denominator(100), Fraction('3.1415').limit_denominator(10))
print(Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), round(Fraction(22, 7), 2), Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2))
print(f"{Fraction(1, 3):.5f}" if hasattr(Fraction, '__format__') else '', Fraction(5, 10).as_integer_ratio(), abs(Fraction(-1, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
getcontext().prec = 10
print(Decimal(1) / Decimal(7), Decimal('1.10') + Decimal('2.205'), Decimal('10') ** -2, Decimal(0.1))
with localcontext() as ctx:
    ctx.prec = 4
    print(Decimal('3.14159') * 1, Decimal(2).sqrt(), ctx.prec)
print(Decimal('7.125').quantize(Decimal('0.01')), Decimal('7.135').quantize(Decimal('.01')), Decimal('-7.5').to_integral_value(), Decimal('1234.5678').quantize(Decimal('1.'), rounding=ROUND_DOWN))
print(Decimal('1.20').normalize(), Decimal('100').normalize(), Decimal('1e3'), Decimal('-0'), Decimal('NaN'), Decimal('inf') > 10)
print(f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.000123'):.2e}", Decimal('3.5').as_tuple(), Decimal(10).compare(Decimal(9)))
try:
    Decimal('abc')
except InvalidOperation as e:
    print("InvalidOperation", e)
print(sum([Decimal('0.1')] * 3) == Decimal('0.3'), Decimal('1.1') == 1.1, Decimal(2) == 2, Decimal('2.50') == Decimal('2.5'), hash(Decimal('2.5')) == hash(2.5))
