# matrix / table transforms
M = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
T = [list(r) for r in zip(*M)]
print(T)
print([list(r) for r in zip(*M[::-1])])  # rotate cw
print([list(r) for r in zip(*M)][::-1])  # rotate ccw
print([sum(c) for c in zip(*M)], [max(r) for r in M])
def matmul(A, B):
    return [[sum(a * b for a, b in zip(r, c)) for c in zip(*B)] for r in A]
print(matmul(M, T))
I = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(M, I) == M)
flat = [x for r in M for x in r]
print(flat, [flat[i:i + 4] for i in range(0, len(flat), 4)])
w = max(len(str(x)) for x in flat)
for r in M: print(' '.join(str(x).rjust(w) for x in r))
print('\n'.join('|'.join(f'{x:^5}' for x in r) for r in T))
grid = ['#..#', '.##.', '#..#']
print(list(map(''.join, zip(*grid))))
print(sorted(M, key=lambda r: (-r[0] % 3, r[1])))
print(list(map(list, zip(*[iter(range(12))] * 3))))
d = dict(zip('abc', zip(*M)))
print(d)
import copy
N = copy.deepcopy(M); N[0][0] = 99; print(M[0][0], N[0][0])
S = [r[:] for r in M]; S[1][1:3] = []; print(S)
print([[M[i][j] for i in range(len(M))] for j in range(len(M[0]))] == T)
print(list(zip(*[])), list(zip()), [*zip('ab', range(5), 'xyz')])
