# Less common Decimal operations: remainder_near, max_mag/min_mag, compare_signal, the total
# order (compare_total/compare_total_mag) and the Context methods that mirror them.
from decimal import Decimal as D, Context, InvalidOperation, localcontext

pairs = [("7", "4"), ("-7", "4"), ("10", "4"), ("10", "6"), ("2.5", "1"), ("3.5", "1"),
         ("123.456", "0.1"), ("1E+2", "7"), ("0", "3"), ("-0", "3"), ("5", "Inf"),
         ("Inf", "3"), ("7", "0"), ("0", "0"), ("NaN", "1"), ("-6", "-4"), ("12.34", "-5")]
ctx = Context(prec=9)
for a, b in pairs:
    row = []
    for name in ("remainder_near", "max_mag", "min_mag", "compare_signal"):
        try:
            row.append(str(getattr(ctx, name)(D(a), D(b))))
        except InvalidOperation as e:
            row.append("InvalidOperation")
    print(f"{a:>8} {b:>5}", " ".join(f"{r:>10}" for r in row))

vals = [D("NaN"), D("-NaN"), D("sNaN"), D("-sNaN"), D("Inf"), D("-Inf"), D("1"), D("1.0"),
        D("-1"), D("-1.0"), D("0"), D("-0"), D("0E+3"), D("NaN5"), D("2.50"), D("2.5")]
for a in vals:
    print(f"{str(a):>6}", "".join(f"{int(a.compare_total(b)):>3}" for b in vals),
          "".join(f"{int(a.compare_total_mag(b)):>3}" for b in vals))

import functools
print(sorted(vals, key=functools.cmp_to_key(lambda x, y: int(x.compare_total(y)))))

with localcontext() as c:
    c.prec = 12
    print(c.exp(1), c.ln(10), c.log10(2), c.logb(D(1234)), c.scaleb(D("1.5"), 3))
    print(c.next_plus(D(1)), c.next_minus(D(1)), c.number_class(D("-0")), c.number_class(D(5)))
    print(c.is_finite(D("Inf")), c.is_nan(D("NaN")), c.is_normal(D("1E-2")), c.is_qnan(D("sNaN")))
    print(c.copy_sign(D(3), D(-1)), c.copy_decimal(D("2.50")), c.same_quantum(D("1.0"), D("2.0")),
          c.radix(), c.canonical(D("7")), c.is_canonical(D("7")))
    print(c.compare_total(D("1.0"), D("1")), c.compare_total_mag(D("-3"), D("2")))
try:
    Context(prec=3).remainder_near(D(10) ** 5, D(3))
except InvalidOperation as e:
    print("InvalidOperation", e)
