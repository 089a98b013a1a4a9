def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(10000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d); n //= d
        d += 1
    if n > 1: out.append(n)
    return out
for n in [360, 97, 1001, 2 ** 20 - 1, 600851475143, 9999991]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)][:10]
print(twins)
def is_prime_mr(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1: break
        else:
            return False
    return True
print([n for n in range(10 ** 12, 10 ** 12 + 100) if is_prime_mr(n)])
print(is_prime_mr(2 ** 61 - 1), is_prime_mr(2 ** 67 - 1), is_prime_mr(170141183460469231731687303715884105727))
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items())[:8])
