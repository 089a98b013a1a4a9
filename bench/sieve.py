"""Sieve of Eratosthenes with plain lists, run repeatedly."""
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return flags
total = 0
for _ in range(15):
    flags = sieve(600000)
    count = 0
    for f in flags:
        if f:
            count += 1
    total += count
print("primes below 600000:", count)
print("checksum", total)
