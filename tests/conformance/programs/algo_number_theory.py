import math
from functools import reduce

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytes(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

primes = sieve(2000)
print(len(primes), primes[:15], primes[-5:])
print(sum(primes), max(primes))

def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out

for n in [1, 2, 360, 97, 1001, 2**31 - 1, 600851475143, 10**12 + 39, 3**20 * 7**5]:
    f = factorize(n)
    print(n, f, " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())))

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

for a, m in [(3, 11), (10, 17), (7, 40), (123456789, 10**9 + 7), (2**100 + 1, 2**61 - 1)]:
    g, x, y = egcd(a, m)
    inv = pow(a, -1, m)
    print(a, m, g, x % m == inv, inv, (a * inv) % m)

try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 0)
except ValueError as e:
    print("ValueError:", e)
print(pow(2, 10**5, 10**9 + 7), pow(-3, 5, 7), pow(3, 5, -7), pow(0, 0, 1), pow(5, 0, 3))
print(pow(2, -2), pow(-2, -3), pow(4, 0.5), pow(-8, 1/3))

print(math.gcd(), math.gcd(0), math.gcd(12, 18, 24), math.gcd(-12, 18), math.gcd(2**200, 6**50))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(reduce(math.lcm, range(1, 31)))

for n in [0, 1, 2, 15, 16, 17, 10**20, 2**127 - 1, 10**100]:
    r = math.isqrt(n)
    print(n if n < 10**30 else f"<{len(str(n))} digits>", r, r * r <= n < (r + 1) ** 2)

print(math.comb(10, 3), math.comb(100, 50), math.comb(5, 7), math.perm(10, 3), math.perm(10), math.perm(5, 0))
print(math.factorial(0), math.factorial(20), len(str(math.factorial(500))), str(math.factorial(100))[:30])
for bad in [lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.isqrt(-5), lambda: math.factorial(2.5), lambda: math.perm(3, -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
s = str(a)
print(len(s), s[:20], s[-20:], a.bit_length(), a.bit_count(), a % 1000000007)

def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print([n for n in range(2**61 - 30, 2**61) if is_probable_prime(n)])
print(is_probable_prime(2**127 - 1), is_probable_prime(2**128 + 1), is_probable_prime(10**18 + 9))
# digit sums / collatz
print(sum(int(c) for c in str(2**1000)), sum(map(int, str(math.factorial(100)))))
def collatz(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
best = max(range(1, 30000), key=collatz)
print(best, collatz(best))
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -3, divmod(10**30, 7), divmod(-10**30, 7))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -0.0 % 5, 5 % float('inf'), -5 % float('inf'))
