# exp/ln/log10/sqrt round half-even whatever the context's rounding; power and
# the basic operations follow the context's rounding mode.
from decimal import (Context, Decimal, ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, localcontext,
                     Overflow, Underflow, Inexact, Rounded)

MODES = [ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]

for mode in MODES:
    c = Context(prec=5, rounding=mode)
    print(mode)
    print("  exp ", c.exp(Decimal(1)), c.exp(Decimal(-1)), c.exp(Decimal("1e-20")), c.exp(Decimal(2)))
    print("  ln  ", c.ln(Decimal(3)), c.ln(Decimal("0.5")), c.ln(Decimal("1.0000000001")), c.ln(Decimal(10)))
    print("  log ", c.log10(Decimal(3)), c.log10(Decimal("0.3")), c.log10(Decimal(1000)), c.log10(Decimal(2)))
    print("  sqrt", c.sqrt(Decimal(2)), c.sqrt(Decimal(3)), c.sqrt(Decimal("0.5")), c.sqrt(Decimal(10)))
    print("  pow ", c.power(Decimal(2), Decimal("0.5")), c.power(Decimal(3), Decimal("1.5")), c.power(Decimal(7), 3))
    print("  div ", c.divide(Decimal(2), Decimal(3)), c.divide(Decimal(-2), Decimal(3)))
    print("  flags", sorted(k.__name__ for k, v in c.flags.items() if v))

# Overflow and underflow still follow the context's mode for the final result.
for mode in [ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN]:
    c = Context(prec=5, Emax=10, Emin=-10, rounding=mode, traps=[])
    print(mode, c.exp(Decimal(100)), c.exp(Decimal(-100)), c.ln(Decimal("1e-9")),
          c.sqrt(Decimal("1e-30")), c.exp(Decimal(-30)), c.flags[Overflow], c.flags[Underflow])

# Through the thread's context, as a script would use it.
with localcontext() as ctx:
    ctx.prec = 10
    for mode in [ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR]:
        ctx.rounding = mode
        print(mode, Decimal(2).sqrt(), Decimal(2).exp(), Decimal(10).ln(), Decimal(2).log10(),
              Decimal(2) ** Decimal("0.5"), Decimal(1) / Decimal(7))
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal("0.5").ln(), Decimal(1000).log10())
