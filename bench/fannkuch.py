"""Fannkuch-redux: maximum pancake flips over all permutations (after pyperformance)."""
def fannkuch(n):
    count = list(range(1, n + 1))
    max_flips = 0
    checksum = 0
    permutations = 0
    m = n - 1
    r = n
    perm1 = list(range(n))
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0 and perm1[m] != m:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if permutations % 2 == 0 else -flips
        permutations += 1
        while r != n:
            perm1.insert(r, perm1.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        else:
            return max_flips, checksum, permutations
for n in (8, 9, 9):
    flips, checksum, perms = fannkuch(n)
    print(checksum, perms)
    print(f"Pfannkuchen({n}) = {flips}")
