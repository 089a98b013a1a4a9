# A Context's repr lists its flags in libmpdec's bit order: where InvalidOperation appears
# depends on the condition that raised it (syntax, division, invalid operation).
from decimal import *
def show(label, *ops):
    c = Context(traps=[])
    for op in ops:
        op(c)
    print(label, c)
    print("  copy", repr(c.copy())[-70:])
show("0/0 1/0 1/3 ovf", lambda c: c.divide(Decimal(0), 0), lambda c: c.divide(1, 0), lambda c: c.divide(1, 3), lambda c: c.multiply(Decimal("1e999999"), 10))
show("sqrt(-1) 1/0", lambda c: c.sqrt(Decimal(-1)), lambda c: c.divide(1, 0))
show("syntax 1/3", lambda c: c.create_decimal("abc"), lambda c: c.divide(1, 3))
show("inf-inf 0/0", lambda c: c.subtract(Decimal("inf"), Decimal("inf")), lambda c: c.divide(Decimal(0), 0))
show("divint", lambda c: c.divide_int(Decimal("1e30"), 1) if False else Context(prec=3, traps=[]).divide_int(Decimal("1e30"), 1), lambda c: c.remainder(Decimal(10**30), 3))
show("float", lambda c: c.create_decimal_from_float(0.1), lambda c: c.divide(Decimal(0), 0))
c = Context(traps=[], flags=[InvalidOperation, Inexact, DivisionByZero, Clamped])
print(c)
c.clear_flags(); c.sqrt(Decimal(-2)); c.divide(1, 0); print(c)
c.flags = {s: s is InvalidOperation or s is Underflow for s in c.flags}; print(c)
with localcontext() as lc:
    lc.traps[InvalidOperation] = False
    lc.traps[DivisionByZero] = False
    Decimal(-1).ln(); Decimal(5) / 0; Decimal(1) / 7
    print(lc)
