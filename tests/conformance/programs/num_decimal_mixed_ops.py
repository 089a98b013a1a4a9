# A pseudo-random sweep of Decimal arithmetic, comparison, hashing, quantize and formatting
# against several contexts (precision, rounding, exponent limits, clamping, traps): every
# result and the flags it set.
from decimal import (Decimal, Context, setcontext, getcontext, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN,
                     ROUND_05UP, Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow,
                     InvalidOperation, DivisionByZero)

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
SIGNALS = (Inexact, Rounded, Clamped, Subnormal, Underflow, Overflow, InvalidOperation,
           DivisionByZero)
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % n


def number():
    if rand(20) == 0:
        return Decimal(["0", "-0", "0.00", "-0E+3", "1E+5", "-5E-3"][rand(6)])
    digits = 1 + rand([3, 8, 18, 30][rand(4)])
    coef = 0
    for _ in range(digits):
        coef = coef * 10 + rand(10)
    exp = rand(13) - 8 if rand(10) else rand(81) - 40
    return Decimal(("-" if rand(5) < 2 else "") + str(coef) + "E" + str(exp))


def flags():
    f = getcontext().flags
    return "".join(s.__name__[:3] for s in SIGNALS if f[s])


for round_no in range(14):
    ctx = Context(prec=[1, 2, 3, 5, 9, 12, 18, 28, 28, 40][rand(10)], rounding=MODES[rand(8)],
                  Emin=[-999999, -20, -6][rand(3)], Emax=[999999, 20, 8][rand(3)],
                  clamp=[0, 0, 1][rand(3)])
    if rand(10) < 3:
        ctx.traps[Inexact] = True
    if rand(10) < 2:
        ctx.traps[Rounded] = True
    setcontext(ctx)
    print("context", ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.clamp,
          ctx.traps[Inexact], ctx.traps[Rounded])
    for _ in range(12):
        a = number()
        b = number() if rand(5) else rand(2001) - 1000
        tests = (("+", lambda: a + b), ("-", lambda: a - b), ("r+", lambda: b + a),
                 ("r-", lambda: b - a), ("*", lambda: a * b), ("/", lambda: a / b),
                 ("neg", lambda: -a), ("abs", lambda: abs(a)),
                 ("q", lambda: a.quantize(Decimal("0.01"))),
                 ("qm", lambda: a.quantize(Decimal("1E-3"), rounding=MODES[rand(8)])),
                 ("qE", lambda: a.quantize(Decimal("1E+2"))),
                 ("cmp", lambda: (a < b, a <= b, a == b, a != b, a > b, a >= b)),
                 ("hash", lambda: hash(a) == hash(Decimal(str(a)))),
                 ("str", lambda: (str(a), bool(a))),
                 ("fmt", lambda: (format(a, ".2f"), format(a, "*^16,.1f"), f"{a:+.0f}")))
        for name, f in tests:
            getcontext().clear_flags()
            try:
                r = repr(f())
            except Exception as e:
                r = "raised " + type(e).__name__
            print(" ", name, a, b, r, flags())
