import sys
total = 0
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    name, qty, price = line.split(";")
    cost = int(qty) * float(price)
    total += cost
    print(f"{lineno:>2} {name:<10}{cost:>8.2f}")
print(f"   {'TOTAL':<10}{total:>8.2f}")
