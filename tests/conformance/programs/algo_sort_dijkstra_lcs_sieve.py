import random, heapq
from collections import defaultdict, deque
random.seed(7)
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a)//2
    l, r = merge_sort(a[:m]), merge_sort(a[m:])
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    out.extend(l[i:]); out.extend(r[j:])
    return out
def quick_sort(a):
    if len(a) <= 1: return a
    p = a[len(a)//2]
    return quick_sort([x for x in a if x < p]) + [x for x in a if x == p] + quick_sort([x for x in a if x > p])
def heap_sort(a):
    a = list(a); n = len(a)
    def sift(i, n):
        while True:
            l = 2*i+1; big = i
            if l < n and a[l] > a[big]: big = l
            if l+1 < n and a[l+1] > a[big]: big = l+1
            if big == i: return
            a[i], a[big] = a[big], a[i]; i = big
    for i in range(n//2-1, -1, -1): sift(i, n)
    for e in range(n-1, 0, -1):
        a[0], a[e] = a[e], a[0]; sift(0, e)
    return a
def radix_sort(a):
    exp = 1; m = max(a)
    while m // exp > 0:
        buckets = [[] for _ in range(10)]
        for x in a: buckets[(x // exp) % 10].append(x)
        a = [x for b in buckets for x in b]; exp *= 10
    return a
data = [random.randint(0, 10**6) for _ in range(15000)]
s = sorted(data)
for f in (merge_sort, quick_sort, heap_sort, radix_sort):
    print(f.__name__, f(data) == s)
# dijkstra
n = 1500
g = defaultdict(list)
for _ in range(6000):
    u, v, w = random.randrange(n), random.randrange(n), random.randint(1, 100)
    g[u].append((v, w)); g[v].append((u, w))
dist = [float('inf')] * n; dist[0] = 0; pq = [(0, 0)]
while pq:
    d, u = heapq.heappop(pq)
    if d > dist[u]: continue
    for v, w in g[u]:
        nd = d + w
        if nd < dist[v]: dist[v] = nd; heapq.heappush(pq, (nd, v))
print(sum(d for d in dist if d != float('inf')))
# LCS DP
a = ''.join(random.choice('ACGT') for _ in range(300)); b = ''.join(random.choice('ACGT') for _ in range(300))
prev = [0]*(len(b)+1)
for i in range(1, len(a)+1):
    cur = [0]*(len(b)+1)
    for j in range(1, len(b)+1):
        cur[j] = prev[j-1]+1 if a[i-1] == b[j-1] else max(prev[j], cur[j-1])
    prev = cur
print(prev[-1])
# sieve
N = 500_000
sieve = bytearray([1])*(N+1); sieve[0]=sieve[1]=0
for i in range(2, int(N**0.5)+1):
    if sieve[i]: sieve[i*i::i] = bytearray(len(range(i*i, N+1, i)))
print(sum(sieve))
