import sys
tmp = sys.argv[1]
rows = [("region", "q1", "q2", "q3"), ("north", 120, 135, 160), ("south", 90, 85, 110), ("east", 200, 180, 210)]
with open(tmp + "/sales.csv", "w") as f:
    for row in rows:
        f.write(",".join(str(c) for c in row) + "\n")
with open(tmp + "/sales.csv") as f:
    header = f.readline().strip().split(",")
    data = [line.strip().split(",") for line in f if line.strip()]
print(header)
totals = {}
for region, *qs in data:
    totals[region] = sum(int(q) for q in qs)
with open(tmp + "/report.txt", "w") as out:
    out.write(f"{'region':<8}{'total':>8}\n")
    for region, t in sorted(totals.items(), key=lambda kv: -kv[1]):
        out.write(f"{region:<8}{t:>8}\n")
    out.write(f"{'ALL':<8}{sum(totals.values()):>8}\n")
with open(tmp + "/report.txt") as f:
    print(f.read(), end="")
