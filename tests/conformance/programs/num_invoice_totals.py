# An invoice run: line items in Decimal, discounts, tax per line and on the total,
# cents rounding and a formatted report.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, getcontext

CENT = Decimal("0.01")
TAX = {"food": Decimal("0.0725"), "books": Decimal("0"), "tools": Decimal("0.0825")}

items = []
for i in range(1, 61):
    price = Decimal(f"{(i * 37) % 250}.{(i * 13) % 100:02d}")
    qty = (i % 7) + 1
    kind = ("food", "books", "tools")[i % 3]
    discount = Decimal(i % 4 * 5) / 100
    items.append((f"item-{i:02d}", price, qty, kind, discount))

subtotal = Decimal(0)
tax_total = Decimal("0.00")
lines = []
for name, price, qty, kind, discount in items:
    gross = price * qty
    net = (gross * (1 - discount)).quantize(CENT, rounding=ROUND_HALF_UP)
    tax = (net * TAX[kind]).quantize(CENT, rounding=ROUND_HALF_EVEN)
    subtotal += net
    tax_total += tax
    lines.append((name, price, qty, net, tax))

print(f"{'item':<10}{'price':>10}{'qty':>5}{'net':>12}{'tax':>9}")
for name, price, qty, net, tax in lines:
    print(f"{name:<10}{price:>10.2f}{qty:>5}{net:>12,.2f}{tax:>9.2f}")
total = subtotal + tax_total
print("-" * 46)
print(f"{'subtotal':<25}{subtotal:>21,.2f}")
print(f"{'tax':<25}{tax_total:>21,.2f}")
print(f"{'total':<25}{total:>21,.2f}")
print(repr(subtotal), repr(tax_total), repr(total))

# The same figures by other routes.
print(sum(net for _, _, _, net, _ in lines) == subtotal)
print(sum((t for *_, t in lines), Decimal(0)) == tax_total)
biggest = max(lines, key=lambda l: l[3])
cheapest = min(lines, key=lambda l: (l[1], l[0]))
print("biggest", biggest[0], biggest[3], "cheapest", cheapest[0], cheapest[1])
by_kind = {}
for name, price, qty, kind, discount in items:
    by_kind[kind] = by_kind.get(kind, Decimal(0)) + price * qty
for kind in sorted(by_kind):
    share = (by_kind[kind] / sum(by_kind.values()) * 100).quantize(Decimal("0.1"))
    print(kind, by_kind[kind], f"{share}%")

# Splitting the total among payers: the remainder cents go to the first payers.
for payers in (3, 7, 11):
    each = (total / payers).quantize(CENT, rounding="ROUND_DOWN")
    rest = total - each * payers
    extra = int(rest / CENT)
    shares = [each + CENT if k < extra else each for k in range(payers)]
    print(payers, each, rest, extra, sum(shares) == total, shares[:3])
print(getcontext().flags[__import__("decimal").Inexact])
