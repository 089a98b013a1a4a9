"""Matrix multiplication with nested lists."""
def make(n, seed):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            row.append((seed % 1000) / 100.0)
        m.append(row)
    return m
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    bt = [[b[k][j] for k in range(m)] for j in range(p)]
    out = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(p):
            bj = bt[j]
            s = 0.0
            for k in range(m):
                s += ai[k] * bj[k]
            row.append(s)
        out.append(row)
    return out
a = make(220, 1)
b = make(220, 2)
c = matmul(a, b)
c = matmul(c, a)
print("%.6e" % sum(sum(r) for r in c))
print("%.6e" % c[17][42])
