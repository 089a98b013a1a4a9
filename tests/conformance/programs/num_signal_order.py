# Which signal an operation raises when several are trapped, and the flags it leaves:
# every condition is flagged first, then the first trapped one (in the order InvalidOperation,
# FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)
# is raised.
from decimal import (Decimal, Context, setcontext, getcontext, Inexact, Rounded, Overflow,
                     Underflow, Subnormal, Clamped, InvalidOperation, DivisionByZero,
                     ROUND_HALF_EVEN, ROUND_DOWN)

NAMES = (Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow, InvalidOperation,
         DivisionByZero)


def flags(ctx):
    return ",".join(s.__name__ for s in NAMES if ctx.flags[s])


def run(label, ctx, f):
    ctx.clear_flags()
    setcontext(ctx)
    try:
        r = repr(f())
    except Exception as e:
        r = "raised " + type(e).__name__
    print(f"{label:<34} {r:<34} {flags(ctx)}")


contexts = [
    ("default", Context()),
    ("small", Context(prec=5, Emin=-6, Emax=8)),
    ("trap rounded", Context(prec=5, Emin=-6, Emax=8, traps=[Rounded, Overflow])),
    ("trap inexact", Context(prec=5, Emin=-6, Emax=8, traps=[Inexact])),
    ("trap underflow", Context(prec=5, Emin=-6, Emax=8, traps=[Underflow, Rounded])),
    ("clamp", Context(prec=5, Emin=-6, Emax=8, clamp=1, traps=[])),
    ("trap clamped", Context(prec=5, Emin=-6, Emax=8, clamp=1, traps=[Clamped])),
]
ops = [
    ("big * big", lambda: Decimal("98765") * Decimal("12345678")),
    ("1e8 + 1e8", lambda: Decimal("9E+8") + Decimal("9E+8")),
    ("tiny / 3", lambda: Decimal("1E-6") / 3),
    ("tiny * tiny", lambda: Decimal("1.5E-4") * Decimal("2E-4")),
    ("1 / 7", lambda: Decimal(1) / 7),
    ("123456 + 0", lambda: Decimal(123456) + 0),
    ("0 + 1E+5", lambda: Decimal(0) + Decimal("1E+5")),
    ("0E-7 + -132", lambda: Decimal("0E-7") + Decimal(-132)),
    ("exact 1.5 * 2", lambda: Decimal("1.5") * 2),
    ("-(12345.67)", lambda: -Decimal("12345.67")),
    ("quantize 1.23456 0.01", lambda: Decimal("1.23456").quantize(Decimal("0.01"))),
    ("quantize 1.5 1E+2", lambda: Decimal("1.5").quantize(Decimal("1E+2"))),
    ("quantize 7 1E+3", lambda: Decimal("7").quantize(Decimal("1E+3"))),
    ("1E+8 scaled", lambda: Decimal("1E+8") * 1),
    ("1 / 0", lambda: Decimal(1) / 0),
    ("0 / 0", lambda: Decimal(0) / 0),
]
for name, ctx in contexts:
    print("==", name, ctx.prec, ctx.Emin, ctx.Emax, ctx.clamp)
    for label, f in ops:
        run(label, ctx, f)

setcontext(Context(prec=3, traps=[Inexact, Rounded]))
try:
    Decimal("1.2345") + 1
except Inexact as e:
    print("Inexact args", [c.__name__ for c in e.args[0]], isinstance(e, Rounded))
setcontext(Context(prec=3, Emax=5, traps=[Overflow, Inexact]))
try:
    Decimal("99999") * 100
except Overflow as e:
    print("Overflow args", [c.__name__ for c in e.args[0]])
print(getcontext().flags[Overflow], getcontext().flags[Inexact], getcontext().flags[Rounded])
