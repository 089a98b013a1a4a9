# Every rounding mode on a table of values, by quantize, by the context (plus, division)
# and by format; the flags each one raises.
from decimal import (Decimal, Context, localcontext, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP,
                     Inexact, Rounded)

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
VALUES = ["2.5", "3.5", "-2.5", "2.45", "2.55", "-2.55", "1.005", "0.015", "-0.015", "9.995",
          "0.5", "-0.5", "0.04", "5.051", "-5.049", "10.25", "0.00", "-0.00", "12", "7.0500001"]

print("value".ljust(11) + "".join(m[6:].ljust(11) for m in MODES))
for v in VALUES:
    d = Decimal(v)
    row = [str(d.quantize(Decimal("0.1"), rounding=m)) for m in MODES]
    print(v.ljust(11) + "".join(r.ljust(11) for r in row))

print()
for v in VALUES[:10]:
    d = Decimal(v)
    print(v.ljust(9), [str(d.quantize(Decimal("1"), rounding=m)) for m in MODES])

print()
for m in MODES:
    with localcontext() as ctx:
        ctx.rounding = m
        ctx.prec = 4
        ctx.clear_flags()
        results = [+Decimal(v) for v in ("1.23456", "-1.23456", "9.99951", "123.45", "0.000123456")]
        quotients = [Decimal(1) / 3, Decimal(-2) / 3, Decimal(5) / 8, Decimal(100) / 7]
        products = [Decimal("1.05") * Decimal("1.05"), Decimal("-33.3") * 3, Decimal("0.125") * 5]
        formatted = [format(Decimal(v), ".2f") for v in ("2.345", "-2.345", "2.355", "0.005")]
        print(m[6:], results, quotients, products, formatted,
              ctx.flags[Inexact], ctx.flags[Rounded])

print()
ctx = Context(prec=3)
for m in MODES:
    ctx.rounding = m
    print(m[6:], ctx.add(Decimal("1.234"), Decimal("5")), ctx.divide(Decimal(2), Decimal(3)),
          ctx.multiply(Decimal("-1.25"), Decimal("1.25")), ctx.plus(Decimal("99.95")))
