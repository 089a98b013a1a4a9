def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed >> 33
g = lcg(42)
data = [next(g) % 100000 for _ in range(20000)]
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        x = a[i]; j = i - 1
        while j >= 0 and a[j] > x:
            a[j+1] = a[j]; j -= 1
        a[j+1] = x
    return a
def merge_sort(a):
    if len(a) <= 1: return a
    m = len(a) // 2; l = merge_sort(a[:m]); r = merge_sort(a[m:])
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    out.extend(l[i:]); out.extend(r[j:])
    return out
def quick(a):
    if len(a) <= 1: return a
    p = a[len(a)//2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = a[:]; n = len(a)
    def sift(i, n):
        while True:
            l = 2*i + 1; big = i
            if l < n and a[l] > a[big]: big = l
            if l + 1 < n and a[l+1] > a[big]: big = l + 1
            if big == i: return
            a[i], a[big] = a[big], a[i]; i = big
    for i in range(n//2 - 1, -1, -1): sift(i, n)
    for e in range(n-1, 0, -1):
        a[0], a[e] = a[e], a[0]; sift(0, e)
    return a
def counting(a):
    c = [0] * 100000
    for x in a: c[x] += 1
    return [i for i, k in enumerate(c) for _ in range(k)]
def radix(a):
    for sh in (0, 8, 16):
        buckets = [[] for _ in range(256)]
        for x in a: buckets[(x >> sh) & 255].append(x)
        a = [x for b in buckets for x in b]
    return a
ref = sorted(data)
print(insertion(data[:2000]) == sorted(data[:2000]), merge_sort(data) == ref, quick(data) == ref, heap_sort(data) == ref, counting(data) == ref, radix(data) == ref)
print(ref[:10], ref[-5:], sum(ref))
words = [''.join(chr(97 + (next(g) % 26)) for _ in range(5)) for _ in range(5000)]
ws = sorted(words, key=lambda w: (w[::-1], len(w)))
print(ws[:5], sorted(words, reverse=True)[:3], len(set(words)))
