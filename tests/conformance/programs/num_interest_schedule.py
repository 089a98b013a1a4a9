# A loan amortization schedule and compound interest with Decimal, at a raised precision
# in a local context; the figures reconcile to the cent.
from decimal import Decimal, localcontext, getcontext, ROUND_HALF_EVEN, ROUND_HALF_UP

CENT = Decimal("0.01")


def payment(principal, annual_rate, months):
    with localcontext() as ctx:
        ctx.prec = 40
        r = annual_rate / 12
        factor = (1 + r) ** months
        return (principal * r * factor / (factor - 1)).quantize(CENT, rounding=ROUND_HALF_UP)


for principal, rate, months in ((Decimal("250000"), Decimal("0.065"), 360),
                                (Decimal("18500.00"), Decimal("0.0399"), 60),
                                (Decimal("1200"), Decimal("0.18"), 12)):
    pay = payment(principal, rate, months)
    balance = principal
    total_interest = Decimal(0)
    print("loan", principal, "rate", rate, "months", months, "payment", pay)
    for m in range(1, months + 1):
        interest = (balance * rate / 12).quantize(CENT, rounding=ROUND_HALF_EVEN)
        principal_part = pay - interest
        if m == months:
            principal_part = balance
            pay_now = balance + interest
        else:
            pay_now = pay
        balance -= principal_part
        total_interest += interest
        if m <= 3 or m % (months // 4) == 0 or m == months:
            print(f"  {m:4d} {pay_now:>10,.2f} {interest:>10,.2f} {principal_part:>11,.2f} "
                  f"{balance:>12,.2f}")
    print("  interest", total_interest, "paid", principal + total_interest, balance == 0)

print()
# Compound growth: yearly, monthly and daily compounding.
for n in (1, 4, 12, 365):
    with localcontext() as ctx:
        ctx.prec = 30
        amount = Decimal("1000") * (1 + Decimal("0.05") / n) ** (n * 10)
    print(n, amount, amount.quantize(CENT), f"{amount:.4f}")

# Savings with monthly deposits, rounding every month.
balance = Decimal("0.00")
for month in range(1, 121):
    balance = (balance * (1 + Decimal("0.03") / 12)).quantize(CENT) + Decimal("150")
    if month % 24 == 0:
        print("month", month, balance)
print(getcontext().prec, balance, balance.as_tuple())
