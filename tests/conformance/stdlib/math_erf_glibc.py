"""math.erf and math.erfc across every interval of the C library's method, with a
checksum of many values so that a last-digit difference shows."""
import math

points = [0.0, -0.0, 5e-324, -1e-310, 1e-300, 3.7e-9, 1e-5, 0.1, 0.25, 0.3, 0.5, 0.8437,
          0.84375, 0.9, 1.0, 1.2, 1.25, 1.5, 2.0, 2.5, 2.857, 2.8572, 3.0, 4.5, 5.9, 6.0,
          10.0, 26.5, 27.9, 28.0, 30.0, 1e10, math.inf, -math.inf, math.nan]
for x in points:
    for v in (x, -x):
        print(f"{v!r:>24} {math.erf(v)!r:>24} {math.erfc(v)!r:>24}")

# Deterministic pseudo-random arguments (a linear congruential sequence).
seed = 12345
digest = 0
for i in range(20000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    x = (seed / 2**64) * 12.0 - 6.0
    e, c = math.erf(x), math.erfc(x)
    digest = (digest * 31 + hash(e) + 7 * hash(c)) % (2**61 - 1)
    if i % 2500 == 0:
        print(i, repr(x), repr(e), repr(c))
print("digest", digest)

# Normal-distribution helpers as scripts write them.
def phi(z):
    return 0.5 * math.erfc(-z / math.sqrt(2))

for z in (-3, -1.96, -1, 0, 0.5, 1, 1.645, 1.96, 2.576, 3):
    print(z, repr(phi(z)), repr(1 - 2 * phi(-abs(z))))
