"""Invoice arithmetic with decimal (quantize, rounding modes, contexts, signals) and exact
ratios with fractions (limit_denominator, mixed arithmetic, formatting)."""
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_HALF_EVEN, \
    ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP, InvalidOperation, DivisionByZero, \
    Inexact, Rounded, Context, FloatOperation
from fractions import Fraction
import math

items = [("widget", "19.99", 3), ("gadget", "4.005", 7), ("gizmo", "0.335", 11), ("doohickey", "1250", 1)]
cent = Decimal("0.01")
subtotal = Decimal(0)
for name, price, qty in items:
    line = Decimal(price) * qty
    subtotal += line
    print(f"{name:10} {Decimal(price):>8} x{qty:<3} = {line:>10} -> {line.quantize(cent, ROUND_HALF_UP):>10}")
tax = (subtotal * Decimal("0.0825")).quantize(cent, rounding=ROUND_HALF_EVEN)
print("subtotal", subtotal, "tax", tax, "total", subtotal + tax)
print(f"{subtotal + tax:,.2f} {subtotal:.3e} {tax:%} {Decimal('1234.5'):>12,} {Decimal('-0.5'):+.1f}")
for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    print(mode, [str(Decimal(v).quantize(Decimal("0.1"), rounding=mode)) for v in ["2.25", "2.35", "-2.25", "2.05", "-2.01"]])
print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("-3.5")), math.floor(Decimal("-1.5")))
print(Decimal("1") / Decimal("7"), Decimal(2).sqrt(), Decimal("10").ln(), Decimal("100").log10(), Decimal("1.1") ** 10)
print(Decimal(0.1), Decimal("1.30").normalize(), Decimal("1E+2").to_integral(), Decimal("123.456").as_tuple())
print(Decimal("7") // Decimal("-2"), Decimal("7") % Decimal("-2"), divmod(Decimal("-7"), Decimal("2")), -Decimal("0"))
print(Decimal("NaN").is_nan(), Decimal("-Infinity") < 0, Decimal("1.0") == 1, Decimal("0.5") == 0.5, hash(Decimal("2.0")) == hash(2))
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("0.9"), Decimal("-2")]), max(Decimal("1.0"), Decimal("1.00")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, Decimal("123456789") + 0, ctx.flags[Inexact], ctx.flags[Rounded])
    ctx.traps[Inexact] = True
    try:
        Decimal(1) / 3
    except Inexact as e:
        print("Inexact trapped", type(e).__name__)
ctx = Context(prec=3, rounding=ROUND_DOWN)
print(ctx.add(Decimal("1.239"), Decimal("0")), ctx.create_decimal("3.14159"), ctx.divide(Decimal(2), Decimal(3)))
for bad in [lambda: Decimal(1) / 0, lambda: Decimal("abc"), lambda: Decimal(0) / 0, lambda: Decimal("1.5").quantize(Decimal("1e-30")) and Decimal(10) ** 1000000000]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, ArithmeticError) as e:
        print(type(e).__name__, e)
getcontext().traps[FloatOperation] = True
try:
    Decimal(1.5) < 2.5
except FloatOperation as e:
    print("FloatOperation", type(e).__name__)
getcontext().traps[FloatOperation] = False
print(getcontext().prec, getcontext().rounding)

shares = [Fraction(1, 3), Fraction(1, 4), Fraction(1, 6)]
rest = 1 - sum(shares)
print(shares, rest, sum(shares) + rest == 1)
estate = 120000
for s in shares + [rest]:
    print(f"{str(s):>5} {float(s):.4f} {s * estate} {format(s, '.3f') if hasattr(s, '__format__') else ''}")
print(Fraction("3.1415926535").limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(0.1))
print(Fraction("-2/4"), Fraction(" 7e-3 "), Fraction(Decimal("1.25")), Fraction(3, -9), Fraction(5).denominator)
print(Fraction(1, 3) + 0.5, Fraction(1, 3) * 3 == 1, Fraction(7, 2) // 1, Fraction(-7, 2) % 2, Fraction(2, 3) ** 2, Fraction(4, 9) ** 0.5)
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), math.floor(Fraction(-7, 3)), math.ceil(Fraction(7, 3)))
print(sorted([Fraction(2, 3), 0.5, 1, Fraction(-1, 2), Decimal("0.7")], key=float), Fraction(1, 2) == 0.5, Fraction(1, 3) < Decimal("0.34"))
print(Fraction(10, 4).as_integer_ratio(), (2.5).as_integer_ratio(), Fraction(3, 4).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
for bad in [lambda: Fraction(1, 0), lambda: Fraction("1/x"), lambda: Fraction(float("nan")), lambda: Fraction(1.5, 2)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
