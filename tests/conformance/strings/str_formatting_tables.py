rows = [("Mercury", 0.39, 0.055, 0), ("Venus", 0.72, 0.815, 0), ("Earth", 1.0, 1.0, 1),
        ("Mars", 1.52, 0.107, 2), ("Jupiter", 5.2, 317.8, 95), ("Saturn", 9.58, 95.2, 146)]
header = f"{'Planet':<10}|{'AU':>6} |{'Mass':>9} |{'Moons':>6}"
print(header)
print("-" * len(header))
for name, au, mass, moons in rows:
    print(f"{name:<10}|{au:>6.2f} |{mass:>9.3f} |{moons:>6d}")
print("=" * len(header))
print(f"{'Total':<10}|{sum(r[1] for r in rows):>6.2f} |{sum(r[2] for r in rows):>9.3f} |{sum(r[3] for r in rows):>6d}")
print()
print("%-10s|%6s |%9s" % ("Planet", "AU", "Mass"))
for name, au, mass, _ in rows[:3]:
    print("%-10s|%6.2f |%9.2e" % (name, au, mass))
print()
for name, au, mass, moons in rows[3:]:
    print("{:^12}|{:^8.1f}|{:^10,.1f}|{:^5}".format(name, au, mass, moons))
