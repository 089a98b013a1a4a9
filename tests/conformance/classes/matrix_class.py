class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __getitem__(self, ij): i, j = ij; return self.rows[i][j]
    def __setitem__(self, ij, v): i, j = ij; self.rows[i][j] = v
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, (int, float)): return Matrix([[a * o for a in r] for r in self.rows])
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    __rmul__ = __mul__
    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1: result = result * base
            base = base * base; k >>= 1
        return result
    def __eq__(self, o): return self.rows == o.rows
    def T(self): return Matrix(zip(*self.rows))
    def __repr__(self): return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(w) for v in r) for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
print(A + A, A * A, 2 * A, A * 3, A.T(), sep="\n")
print(repr(A ** 10))
F = Matrix([[1, 1], [1, 0]])
print((F ** 100)[0, 1])
A[0, 0] = 9
print(A, A == Matrix([[9, 2], [3, 4]]), Matrix.identity(3))
