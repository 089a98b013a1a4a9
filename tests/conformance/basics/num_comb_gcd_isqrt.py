# math.comb / perm / gcd / lcm / isqrt across machine-sized and big arguments,
# checked against definitions and printed.
import math
import itertools


def comb_ref(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))


print("== comb and perm ==")
for n in list(range(0, 41, 3)) + [64, 100, 199, 2**32, 2**62, 2**63 - 1, 2**64 - 1, 2**64, 2**70]:
    row = []
    for k in [0, 1, 2, 3, 7, 20, 33, 66]:
        c = math.comb(n, k)
        p = math.perm(n, k)
        if n < 200:
            assert c == (comb_ref(n, k) if k <= n else 0), (n, k)
            assert p == (math.factorial(n) // math.factorial(n - k) if k <= n else 0), (n, k)
        row.append(f"{c % 1000003}/{p % 998244353}/{c.bit_length()}")
    print(n, " ".join(row))

# Pascal's rule on a larger row.
for n in (500, 1000, 1500):
    assert all(math.comb(n, k) == math.comb(n - 1, k - 1) + math.comb(n - 1, k) for k in range(1, n))
    print(n, sum(math.comb(n, k) for k in range(n + 1)) == 2**n, math.comb(n, n // 2) % 10**25)
print(math.perm(7), math.perm(0), math.perm(20, 20) == math.factorial(20), math.perm(500, 250) % 10**30)
print(math.comb(2**64, 3) % 10**9, math.perm(2**64, 3) % 10**9, math.comb(2**64, 2**64 - 2) % 10**9)

print("== gcd and lcm ==")
edge = [0, 1, -1, 6, -9, 97, 360, 2**31, -2**63, 2**63 - 1, 2**64, -(3**41)]
for a, b in itertools.product(edge, repeat=2):
    g, l = math.gcd(a, b), math.lcm(a, b)
    assert g >= 0 and l >= 0
    if a and b:
        assert a % g == 0 and b % g == 0 and l == abs(a * b) // g
    print(a, b, g, l)
print(math.gcd(), math.lcm(), math.gcd(-12), math.lcm(-12), math.gcd(True, 4), math.lcm(True, 7))
print(math.gcd(48, 180, 300), math.lcm(*range(1, 41)), math.gcd(*[2**k * 3 for k in range(10, 70, 7)]))
print(math.lcm(2**63 - 1, 2**63 - 2), math.lcm(2**62, 3), math.gcd(2**200 - 2**100, 6**80))
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(all(math.gcd(fib[i], fib[j]) == fib[math.gcd(i, j)] for i in range(1, 120, 7) for j in range(2, 120, 5)))

print("== isqrt ==")
for v in [0, 1, 2, 3, 4, 15, 16, 17, 2**52 - 1, 2**52, 2**53 + 1, 2**62, 2**63 - 1,
          3037000499**2, 3037000499**2 - 1, 3037000500**2 - 1, 10**40 + 1, 2**127 - 1]:
    r = math.isqrt(v)
    assert r * r <= v < (r + 1) ** 2
    print(v, r)
print(sum(math.isqrt(i) for i in range(0, 10**6, 7)))
print(all(math.isqrt(i * i) == i and math.isqrt(i * i - 1) == i - 1 for i in range(1, 3 * 10**9, 2**21 + 1)))

print("== errors ==")
for bad in [lambda: math.gcd(1.0), lambda: math.lcm(2, "x"), lambda: math.comb(-1, 2), lambda: math.comb(5, -1),
            lambda: math.perm(3, -1), lambda: math.perm(-3), lambda: math.isqrt(-1), lambda: math.isqrt(2.0),
            lambda: math.gcd(a=1), lambda: math.comb(2**64, 2**63), lambda: math.comb(2**100, 2**70),
            lambda: math.perm(2**64, 2**63), lambda: math.perm(2**70), lambda: math.perm(2**70, None),
            lambda: math.comb(5.0, 2), lambda: math.comb(5), lambda: math.isqrt()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
