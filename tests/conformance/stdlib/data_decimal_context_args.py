# Context() and Decimal() argument checking: signal lists and dicts, rounding names for
# the to_integral methods, the tuple form's exponent and coefficient.
from decimal import *

ALL = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Subnormal, Underflow,
       InvalidOperation, FloatOperation]
for traps in [[Inexact, DivisionByZero], [], [5], [ConversionSyntax], (Rounded,), {Inexact},
              "x", 5, {Inexact: True}, {s: s is Inexact for s in ALL},
              dict({s: False for s in ALL}, extra=1)]:
    try:
        print(Context(traps=traps))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, repr(e.args[0]))
try:
    Context(flags=[Rounded, Overflow, "Inexact"])
except KeyError as e:
    print("KeyError", e.args[0])
c = Context()
for value in [[Inexact], {Inexact: True}, {s: s is Overflow for s in ALL}, None]:
    for name in ("traps", "flags"):
        try:
            setattr(c, name, value)
            print(name, "->", c)
        except (TypeError, KeyError) as e:
            print(name, type(e).__name__, repr(e.args[0]))

for r in ["x", 5, ROUND_UP, None]:
    for f in [lambda: Decimal("2.5").to_integral(rounding=r),
              lambda: Decimal("2.5").to_integral_value(r),
              lambda: Decimal("2.5").to_integral_exact(r),
              lambda: Decimal("2.55").quantize(Decimal("0.1"), rounding=r),
              lambda: Context(rounding=r).rounding]:
        try:
            print(r, f())
        except TypeError as e:
            print(r, "TypeError", e)

for t in [(0, (1, 2), "x"), (0, (1,), "f"), (0, (), "F"), (1, (1,), "n"), (0, (1,), "N"),
          (0, (1,), 1.5), (0, [1, 2], 0), (0, (1, "2"), 0), (0, 5, 0), (0, "12", 0), (0, (1,)),
          "ab", (-1, (1,), 0), (True, (1,), 0), (0, (1,), True), (1, (0, 0, 7), -2), [0, [4, 2], 3]]:
    try:
        print(t, repr(Decimal(t)))
    except (ValueError, TypeError, InvalidOperation) as e:
        print(t, type(e).__name__, e)
