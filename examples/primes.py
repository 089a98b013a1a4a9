"""Primes three ways: a sieve, a generator, and Miller-Rabin for big numbers."""
import math
import sys


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[:2] = [False, False]
    for i in range(2, math.isqrt(limit) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


def primes():
    """Yield primes forever (incremental sieve)."""
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
print(f"primes up to {limit}:", sieve(limit))
gen = primes()
print("first 15 from the generator:", [next(gen) for _ in range(15)])
for e in (61, 89, 107, 127, 128):
    m = 2 ** e - 1
    print(f"2**{e} - 1 is {'prime' if is_probable_prime(m) else 'composite'}")
