def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i*i::i] = bytearray(len(range(i*i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]

ps = sieve(600_000)
print(len(ps), ps[-5:])

def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        ai = a[i - 1]
        row, prev = dp[i], dp[i - 1]
        for j in range(1, n + 1):
            if ai == b[j - 1]:
                row[j] = prev[j - 1] + 1
            else:
                row[j] = max(prev[j], row[j - 1])
    return dp[m][n]
import random
r = random.Random(1)
A = "".join(r.choice("ACGT") for _ in range(600))
B = "".join(r.choice("ACGT") for _ in range(600))
print(lcs(A, B))

def knap(items, cap):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[cap]
items = [(r.randint(1, 50), r.randint(1, 100)) for _ in range(200)]
print(knap(items, 1000))

# matrix mult
n = 70
M = [[(i * j) % 7 + 1 for j in range(n)] for i in range(n)]
def matmul(X, Y):
    Yt = list(zip(*Y))
    return [[sum(a * b for a, b in zip(row, col)) for col in Yt] for row in X]
P = matmul(matmul(M, M), M)
print(sum(map(sum, P)))
# bigint
f = 1
for i in range(2, 1200):
    f *= i
print(len(str(f)), sum(int(d) for d in str(f)) , f % (10**9+7))
print(pow(3, 10**5, 10**9 + 7), (2**4000 - 1) // (3**1000) % 1000007)
# string building
s = []
for i in range(100000):
    s.append(str(i % 97))
joined = ",".join(s)
print(len(joined), joined.count("96"), hash(joined) == hash(joined))
d = {}
for i in range(200000):
    d[i % 1000] = d.get(i % 1000, 0) + i
print(sum(d.values()), len(d))
words = [f"w{i % 5000}" for i in range(100000)]
cnt = {}
for w in words:
    cnt[w] = cnt.get(w, 0) + 1
print(len(cnt), max(cnt.values()))
srt = sorted(range(200000), key=lambda x: (x * 7919) % 100003)
print(srt[:5])
