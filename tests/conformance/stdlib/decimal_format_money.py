# A ledger printed with Decimal format specs: zero padding with grouping, NaN and Infinity
# under zero padding, and the specs CPython's decimal refuses.
from decimal import Decimal as D, ROUND_HALF_UP

entries = [("rent", D("-1250.00")), ("salary", D("4200.5")), ("coffee", D("-3.75")),
           ("refund", D("0E+2")), ("bonus", D("1E+3")), ("fee", D("-0.004"))]
balance = D(0)
for name, amount in entries:
    balance += amount
    print(f"{name:<8}|{amount:>12,.2f}|{amount:012,.2f}|{balance:+015,.2f}|{amount:%}")

for spec in ["08", "010,", "+010", " 010", "012,.2e", "012,.2%", "05,", "06,", "07,", "013,",
             "0,", "*=10", "0=10", "*^10", "z.1f", "+z010.1f", "f", "e", "g", "%", ".0f"]:
    row = []
    for v in ["1234567", "-1.5", "0E+5", "-0.01", "NaN", "-Infinity"]:
        row.append(format(D(v), spec))
    print(f"{spec!r:>12}: " + " | ".join(row))

for spec in ["#", "#f", "<08", "=08", "*<08", ",n", "_", "_f", "00", "0010"]:
    try:
        print(spec, format(D("12.5"), spec))
    except ValueError as e:
        print(f"{spec!r}: {e}")

total = sum(a for _, a in entries)
print(total.quantize(D("0.01"), rounding=ROUND_HALF_UP), f"{total:,}", f"{-total:010.1f}")
print(format(D("1234.5"), "#"))
