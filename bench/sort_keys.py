"""Sorting with key functions, reverse, stability and tuples."""
def gen(n, seed=7):
    out = []
    for i in range(n):
        seed = (seed * 69069 + 1) % 4294967296
        out.append((seed % 1000, "name%04d" % (seed % 9973), seed / 4294967296.0, i))
    return out
records = gen(250000)
by_score = sorted(records, key=lambda r: r[0])
by_name = sorted(records, key=lambda r: r[1], reverse=True)
by_tuple = sorted(records, key=lambda r: (r[0] % 10, -r[2]))
by_float = sorted(r[2] for r in records)
words = [r[1] for r in records]
words.sort(key=str.lower)
words.sort(key=len)
print(by_score[0][3], by_score[-1][3], by_name[0][1], by_tuple[0][3], by_tuple[-1][3])
print("%.6f %.6f" % (by_float[0], by_float[len(by_float) // 2]))
print(words[0], words[-1], sum(r[0] for r in by_score[:1000]))
stable = all(by_score[i][3] < by_score[i + 1][3] for i in range(len(by_score) - 1) if by_score[i][0] == by_score[i + 1][0])
print("stable", stable)
