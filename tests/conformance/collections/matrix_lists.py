def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def show(m):
    for row in m:
        print(" ".join(f"{v:>5}" for v in row))
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B)); show(transpose(A)); show(identity(3))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
P = identity(2)
F = [[1, 1], [1, 0]]
for _ in range(30):
    P = mat_mul(P, F)
print(P)
print([[round(v, 3) for v in row] for row in mat_mul([[0.5, 0.25]], [[2.0], [4.0]])])
