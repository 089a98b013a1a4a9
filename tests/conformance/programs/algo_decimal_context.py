from fractions import Fraction as F
from decimal import *
D = Decimal
import math
for spec in ['', '10', '>10', '.2f']:
    try:
        print(repr(format(F(1, 3), spec)))
    except Exception as e:
        print(type(e).__name__, e)
print(F(1, 3).__round__(2), type(round(F(7, 3))), F(-7, 3) // 1, F(7, 3) % 1, F(1, 3) ** -2, F(-8, 27) ** F(1, 3) if False else '', F(2) ** 100, F(1, 2) ** 0.5, (-F(1, 2)) ** 3, pow(F(2, 3), 3), F(9, 4) ** F(1, 2))
print(F.from_float(0.25), F.from_decimal(D('0.125')), F(3, 4).limit_denominator(1), F(1, 7).limit_denominator(5), F(355, 113) == F(math.pi).limit_denominator(200), F(10**20, 3) > 10**19, F(1, 3) < F(1, 2) <= F(1, 2), min(F(1, 3), 0.3), F(5, 1) == 5, bool(F(0)), int(F(7, 2)), F(7, 2).__trunc__(), F(7, 2).__floor__(), F(7, 2).__ceil__())
print(F(1, 3).is_integer() if hasattr(F, 'is_integer') else 'no is_integer', F(4, 2).real, F(4, 3).imag, F(3, 4).conjugate(), complex(F(1, 2)), F(1, 2) + 1j if True else '', float(F(10**400, 10**399)))
print(f"{D('1234.5678'):>15,.2f}|{D('-0.001'):.1e}|{D('12345'):e}|{D('0.1'):.3%}|{D('1.5'):*^9}|{D('NaN'):>5}|{D('-Inf'):f}|{D('0E-10'):f}|{D('1E+5'):.2f}|{D('123.456'):.2g}|{D('5E-8'):}")
c = getcontext()
c.traps[Inexact] = False
print(D(1) / 3)
with localcontext(Context(prec=6, traps=[Inexact])) as ctx:
    try:
        print(D(1) / 3)
    except Inexact as e:
        print("Inexact", type(e).__mro__[1].__name__)
    print(D(1) / 4)
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / 0, D(-1) / 0, ctx.flags[DivisionByZero])
    ctx.traps[InvalidOperation] = False
    print(D(0) / 0, D(-1).sqrt(), D('inf') - D('inf'))
with localcontext(prec=3) as ctx:
    print(D('1.23456') + 0, ctx.prec)
ctx = Context(Emax=10, Emin=-10)
try:
    ctx.multiply(D('1e10'), D('1e10'))
except Overflow as e:
    print("Overflow", e)
print(ctx.multiply(D('1e-6'), D('1e-6')) if False else '', ctx.Emax, ctx.Etiny(), ctx.Etop())
print(D('123.456').quantize(D('0.1'), rounding=ROUND_HALF_EVEN), D('1e100').quantize(D('1')) if False else '', D('-0.0').quantize(D('1')), D('0.5').quantize(D('1'), ROUND_HALF_EVEN), D('1.5').quantize(D('1')), D('2.5').quantize(D('1')))
print(D('1.00').sqrt(), D('2').sqrt(Context(prec=10)), D('0.0625').sqrt(), D(16).sqrt(), D('1e-20').sqrt(), D(2).exp(Context(prec=5)), D('0.5').ln(), D(1000).log10(), D('0').log10() if False else '', D(2).logb(), D('1234').logb())
print(D(3).max(D('nan')) if False else '', D('1.2').compare_total(D('1.20')), D('1.20').compare_total(D('1.2')), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(2), D('12.3').number_class(), D('-0').number_class(), D('inf').number_class(), D('1e-1000').number_class())
print(D('10') % D('3'), D('10').remainder_near(D('3')), D('-10').remainder_near(D('3')), D(7).__divmod__(D(2)), D('1e3').same_quantum(D('2e3')), D('7.50').canonical(), D('12').is_zero(), D(0).is_zero(), D('1.5').is_integer() if hasattr(D, 'is_integer') else '-')
print(D(123).to_integral_exact(), D('123.5').to_integral(ROUND_DOWN), D('-123.5').to_integral_value(ROUND_CEILING), D.from_float(1.1), D((0, (1, 2, 3), -2)), D((1, (5,), 3)), D(' 12 '), D('1_000'))
try:
    D('1_000_')
except InvalidOperation as e:
    print("InvalidOperation", e)
print(sum(D('0.1') for _ in range(10)), sum([0.1] * 10), D('0.1') * 3 == D('0.3'), D(0.1) == 0.1, D('1.0') == F(1), D(1) < F(3, 2), D('0.5') + True)
