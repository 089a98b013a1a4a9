from fractions import Fraction as F
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero, Context
import decimal, math
a, b = F(3, 4), F(-5, 6)
print(a + b, a - b, a * b, a / b, a ** 2, b ** -2, -a, abs(b), a // b, a % b, divmod(a, b), a ** 0.5, 2 ** a, F(4, 9) ** F(1, 2))
print(repr(a), str(F(6, 3)), F('3.1415'), F('-2/8'), F(0.1), F(0.1).limit_denominator(100), F(math.pi).limit_denominator(1000), F('1e-3'), F(' 7 '), F(D('1.25')))
print(F(1, 3) == 1/3, F(1, 2) == 0.5, F(1, 2) < 0.6, F(7, 2) > 3, hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), round(F(7, 2)), round(F(5, 2)), round(F(22, 7), 3), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)))
print(F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio(), F(10, 4), F(0, 5), F(-0, 3), F(5, -10), sum([F(1, n) for n in range(1, 11)]))
for bad in [lambda: F(1, 0), lambda: F('abc'), lambda: F(1.5, 2), lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(1, 2) / 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(f"{F(1, 3)!s:>10}|", format(F(1, 3), '') if True else '')
h = F(0)
for n in range(1, 30):
    h += F(1, n * n)
print(h, float(h))
# Egyptian fractions
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(F(1, d)); fr -= F(1, d)
    return out
print(egyptian(F(7, 15)), egyptian(F(5, 121)))
# Decimal
print(D('1.1') + D('2.2'), D('10') / D('3'), D(1) / D(7), D('1.30') * D('2'), D('-0'), D('1e3'), D('1E+3') + 0, D(0.1), D('123.4500'), D('nan'), D('-inf'), D('0.000001'), D('0.0000001'))
print(repr(D('3.14')), str(D('1e-7')), D('100').normalize(), D('1.2300').normalize(), D('0.00').normalize(), D('12345678901234567890.123456789') * 3)
x = D('2.675')
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, x.quantize(D('0.01'), rounding=mode), (-x).quantize(D('0.01'), rounding=mode), D('2.5').quantize(D('1'), rounding=mode), D('-1.05').quantize(D('0.1'), rounding=mode))
print(D('7.325').quantize(D('.01')), D('123.456').quantize(D('1e1')), D('1.5').to_integral_value(), D('2.5').to_integral_value(), round(D('2.5')), round(D('3.14159'), 3), round(D('-0.5')), int(D('-7.9')), float(D('0.1')))
getcontext().prec = 50
print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(100).log10(), D(1) / D(3))
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D('123456789') + 0, D('1.23456789') * 1, +D('9.99999'))
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3), +D('1.999999'))
print(D(1) / D(7), getcontext().prec, getcontext().rounding)
for bad in [lambda: D('1') / D('0'), lambda: D('abc'), lambda: D(0) / D(0), lambda: D(-1).sqrt(), lambda: D('1.5').quantize(D('1e-30')), lambda: int(D('nan')), lambda: int(D('inf'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(D('1.10') == D('1.1'), D('0.1') == 0.1, D('0.5') == 0.5, D('1') < 2, D('1.5') > F(1, 2), hash(D('1.5')) == hash(1.5), hash(D(2)) == hash(2), sorted([D('1.1'), D('-2'), D('0.33')]), max(D('1'), D('1.0')))
print(D('10.5') // D('3'), D('-10.5') // D('3'), D('10.5') % D('3'), D('-10.5') % D('3'), divmod(D('7'), D('-2')), D(-7) // 2, D(-7) % 2, D(2) ** 10, D('1.1') ** 2, D(2) ** D('0.5'))
print(f"{D('1234567.891'):,.2f}", f"{D('0.000123'):.2e}", f"{D('12.5'):.0f}", f"{D('13.5'):.0f}", f"{D('1.23'):10}|", f"{D('-3.14159'):+.3f}", f"{D('42'):08.2f}", f"{D('0.5'):%}", f"{D('1e10'):f}", f"{D('123.456'):g}", f"{D('1.5e-10'):g}")
print(D('1.23').as_tuple(), D('-0.001').as_tuple(), D('1.23').as_integer_ratio(), D('123.45').adjusted(), D('5').is_signed(), D('-0').is_signed(), D('nan').is_nan(), D('1.5').is_finite(), D('12.340').to_eng_string(), D('1.2E+7').to_eng_string())
print(D('3').compare(D('4')), D('1.5').max(D('2')), D('-1.5').copy_abs(), D('1.5').copy_negate(), D('1.5').copy_sign(D('-1')), D('12.3456').scaleb(2), D('10').fma(2, 3), D('1.23456').quantize(D('0.001')), D(123).rotate(1) if False else '')
total = sum(D(p) for p in ['19.99', '5.01', '0.10', '100.00'])
tax = (total * D('0.0825')).quantize(D('0.01'), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, f"${total + tax:>10,.2f}")
ctx = Context(prec=3, rounding=ROUND_HALF_UP)
print(ctx.add(D('1.234'), D('2.345')), ctx.divide(D(1), D(3)), ctx.create_decimal('3.14159'), ctx.power(D(2), D(10)))
print(getcontext())
