# Number formatting via format(), f-strings and str().
n = 1234567.891
print(f"{n:.2f} {n:,.2f} {n:e} {n:.3e} {n:g} {n:.3g} {n:%}" if False else f"{n:.2f} {n:,.2f} {n:e} {n:.3e} {n:g} {n:.3g}")
print(f"{0.25:%} {0.25:.1%} {42:5d}| {42:<5d}| {42:^5d}| {42:05d} {-42:05d} {42:+d} {42: d}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:b} {255:#b} {1e-10:g} {1e20:g} {123.0:g}")
print(f"{3.14159:10.3f}|{3.14159:<10.3f}|{3.14159:^10.3f}|{3.14159:*>10.3f}")
print(format(1e100, ".3g"), format(0.000012345, ".2e"), format(12345.678, "_.1f"))
for x in [0, 1, -1, 0.5, 1 / 3, 2 / 3, 100, 1e16, 123456789012]:
    print(f"{x!r:>22} {x:>14.4g} {float(x):>12.3f}")
print(format(5, "c") if False else "", str(12.0), str(1e-4), str(1e-3), str(123e18))
print(f"{1000000:,}", f"{-1234.5:,.1f}", f"{10**20:,}")
