def bubble(a):
    a = a[:]
    for i in range(len(a)):
        for j in range(len(a) - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
def insertion(a):
    a = a[:]
    for i in range(1, len(a)):
        key, j = a[i], i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    l, r = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def quick(a):
    if len(a) <= 1:
        return a
    p = a[len(a) // 2]
    return quick([x for x in a if x < p]) + [x for x in a if x == p] + quick([x for x in a if x > p])
def heap_sort(a):
    a = a[:]
    n = len(a)
    def sift(i, size):
        while True:
            l, big = 2 * i + 1, i
            if l < size and a[l] > a[big]: big = l
            if l + 1 < size and a[l + 1] > a[big]: big = l + 1
            if big == i: return
            a[i], a[big] = a[big], a[i]
            i = big
    for i in range(n // 2 - 1, -1, -1):
        sift(i, n)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end)
    return a
def counting(a):
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a: counts[x - lo] += 1
    return [i + lo for i, c in enumerate(counts) for _ in range(c)]
seed = 12345
data = []
for _ in range(60):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    data.append(seed % 200 - 100)
print(data)
expected = sorted(data)
for fn in (bubble, insertion, merge_sort, quick, heap_sort, counting):
    r = fn(data)
    print(f"{fn.__name__:<10} {r == expected} {r[:6]} ... {r[-3:]}")
