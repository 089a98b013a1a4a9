# Decimal growth and decay at the edges of the exponent range: far underflow of exp() and of
# large negative powers, large exact powers, and the errors of division by zero and rounding.
from decimal import Decimal as D, getcontext, localcontext, InvalidOperation, Overflow
import decimal
import math

getcontext().prec = 9
print(D("-249297217").exp(), D("-1e30").exp(), D("-40").exp())
print(D(2) ** 1000000, D("297.000297941") ** -1210160000, D("-13400000") ** -2569235731)
print(D("-33501194.003350119452") ** 490, D("-8.87245878E+9") ** 8000)
getcontext().prec = 28
print(D("1.1") ** 5000, D("77.159542") ** 810, (D(3) ** 9000).adjusted())
print(D("1.05") ** 360, D("0.5") ** 200)
try:
    D("0.5") ** -10000000
except Overflow as e:
    print("Overflow", e)
try:
    D("1e10").exp()
except Overflow as e:
    print("Overflow", e)
for a, b in [("-Inf", "0.5"), ("-Inf", "-3"), ("-Inf", "2"), ("-0", "-0.5")]:
    try:
        print(a, b, D(a) ** D(b))
    except InvalidOperation as e:
        print(a, b, type(e).__name__, e)
for x, y in [(5, 0), (0, 0), (D("504028063710"), D("-878671E-11"))]:
    for op in (divmod, lambda p, q: p // q, lambda p, q: p % q):
        try:
            print(op(D(x), D(y)))
        except decimal.DecimalException as e:
            print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = False
    print(divmod(D(5), D(0)) if not ctx.traps[InvalidOperation] else "trapped")
for f in (round, int, math.floor, math.ceil, lambda v: round(v, 1), lambda v: v.as_integer_ratio()):
    for v in ("NaN", "-Infinity"):
        try:
            print(f(D(v)))
        except (ValueError, OverflowError, InvalidOperation) as e:
            print(type(e).__name__, e)
round(D("Infinity"))
