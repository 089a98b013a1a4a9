def matmul(A, B):
    Bt = list(zip(*B))
    return [[sum(a*b for a, b in zip(row, col)) for col in Bt] for row in A]
n = 60
A = [[(i*j + 1) % 7 - 3 for j in range(n)] for i in range(n)]
B = [[(i + 2*j) % 5 - 2 for j in range(n)] for i in range(n)]
C = matmul(A, B)
print(sum(map(sum, C)), C[0][:8], C[-1][-3:])
from fractions import Fraction
def det(M):
    M = [[Fraction(x) for x in row] for row in M]; n = len(M); d = Fraction(1)
    for c in range(n):
        p = next((r for r in range(c, n) if M[r][c] != 0), None)
        if p is None: return Fraction(0)
        if p != c: M[c], M[p] = M[p], M[c]; d = -d
        d *= M[c][c]
        for r in range(c+1, n):
            f = M[r][c] / M[c][c]
            if f:
                for k in range(c, n): M[r][k] -= f * M[c][k]
    return d
H = [[Fraction(1, i + j + 1) for j in range(8)] for i in range(8)]
print(det(H), det([[2, -1, 0], [-1, 2, -1], [0, -1, 2]]), det([[(i*i + j) % 11 for j in range(12)] for i in range(12)]))
def gauss_float(M, b):
    n = len(M); M = [row[:] + [bi] for row, bi in zip(M, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(M[r][c])); M[c], M[p] = M[p], M[c]
        for r in range(c+1, n):
            f = M[r][c] / M[c][c]
            for k in range(c, n+1): M[r][k] -= f * M[c][k]
    x = [0.0] * n
    for i in range(n-1, -1, -1):
        x[i] = (M[i][n] - sum(M[i][k]*x[k] for k in range(i+1, n))) / M[i][i]
    return x
M = [[4.0 if i == j else 1.0/(1 + abs(i-j)) for j in range(40)] for i in range(40)]
x = gauss_float(M, [float(i) for i in range(40)])
print([round(v, 6) for v in x[:6]], sum(x))
def transpose(M): return [list(r) for r in zip(*M)]
I = [[int(i == j) for j in range(5)] for i in range(5)]
P = [[1, 1], [1, 0]]
R = [[1, 0], [0, 1]]
for _ in range(90): R = matmul(R, P)
print(R, transpose([[1, 2, 3], [4, 5, 6]]), I[2])
