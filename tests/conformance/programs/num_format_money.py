# Decimal format specs a report uses: fixed places, grouping, fill and alignment, signs,
# zero padding, negative zero, percentages, exponents and the general form.
from decimal import Decimal, localcontext, ROUND_DOWN

values = [Decimal(s) for s in ("0", "-0.00", "0.005", "-0.005", "1234567.891", "-1234567.895",
                               "999.995", "1E+6", "12.5", "-12.5", "0.0001234", "7",
                               "123456789012345678.9", "2.675", "-0.4")]
specs = [".2f", ",.2f", ">14,.2f", "<12.1f", "^15.3f", "*>16,.2f", "+.2f", " .2f", "=+12.2f",
         "012.2f", "0=12,.2f", ".0f", ",.0F", "10.4f", ".2%", ".3e", ".2E", "g", ".3g", "",
         ",", ">10"]
for v in values:
    print(repr(v))
    for spec in specs:
        print(f"  {spec!r:>10}: [{format(v, spec)}]")
with localcontext() as ctx:
    ctx.rounding = ROUND_DOWN
    print([format(v, ".1f") for v in values])
print(f"{Decimal('1234.5'):_<12.2f}|{Decimal('-1234.5'):z.1f}|{Decimal('-0.01'):z.1f}")
rows = [("rent", Decimal("1450")), ("power", Decimal("87.315")), ("food", Decimal("612.4")),
        ("refund", Decimal("-45.995"))]
for name, amount in rows:
    print(f"{name:<8}|{amount:>12,.2f}|{amount:+10.1f}|{amount / 2:.3f}")
print(f"{sum(a for _, a in rows):>21,.2f}")
