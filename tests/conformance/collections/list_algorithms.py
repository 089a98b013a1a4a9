def rotate(lst, k):
    k %= len(lst)
    return lst[-k:] + lst[:-k]
def chunks(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
def dedupe(seq):
    seen, out = set(), []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
def binary_search(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def merge(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
data = list(range(1, 11))
print(rotate(data, 3), rotate(data, -2), rotate(data, 13))
print(chunks(data, 3), chunks(data, 5))
print(dedupe([3, 1, 3, 2, 1, 5, 2]), dedupe("mississippi"))
s = [1, 3, 3, 5, 8, 13, 21]
print([binary_search(s, x) for x in (0, 3, 4, 21, 22)])
print(merge([1, 4, 9], [2, 3, 10, 11]))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), [list(t) for t in zip(*[[1, 2], [3, 4], [5, 6]])])
pairs = list(zip(data[::2], data[1::2])); print(pairs)
running, acc = [], 0
for x in data:
    acc += x
    running.append(acc)
print(running)
print([data[i + 1] - data[i] for i in range(len(data) - 1)] == [1] * 9)
