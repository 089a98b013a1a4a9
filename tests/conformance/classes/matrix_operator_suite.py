# Matrix class with full operator suite, __getitem__ tuple indexing, iteration, equality & hashing
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('ragged or empty matrix')
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @classmethod
    def zeros(cls, r, c): return cls([[0] * c for _ in range(r)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            i, j = idx
            if isinstance(i, slice) or isinstance(j, slice):
                sub = [r[j] if isinstance(j, slice) else [r[j]] for r in (self.rows[i] if isinstance(i, slice) else [self.rows[i]])]
                return Matrix(sub)
            return self.rows[i][j]
        return list(self.rows[idx])
    def __setitem__(self, idx, v):
        i, j = idx; self.rows[i][j] = v
    def __iter__(self): return (tuple(r) for r in self.rows)
    def __len__(self): return len(self.rows)
    def __eq__(self, o): return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def _zip(self, o, op):
        if isinstance(o, Matrix):
            if o.shape != self.shape: raise ValueError(f'shape mismatch {self.shape} vs {o.shape}')
            return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
        if isinstance(o, (int, float)): return Matrix([[op(a, o) for a in r] for r in self.rows])
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self + o
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return (-self) + o
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __neg__(self): return self * -1
    def __matmul__(self, o):
        if not isinstance(o, Matrix): return NotImplemented
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2: raise ValueError(f'cannot multiply {self.shape} by {o.shape}')
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r @ self
        return r
    @property
    def T(self): return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self): return f'Matrix({self.rows})'
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(str(x).rjust(w) for x in r) + ']' for r in self.rows)
    def __bool__(self): return any(any(r) for r in self.rows)
    def __contains__(self, v): return any(v in r for r in self.rows)
    def __round__(self, n=0): return Matrix([[round(x, n) for x in r] for r in self.rows])
    def __abs__(self): return Matrix([[abs(x) for x in r] for r in self.rows])
A = Matrix([[1, 2], [3, 4]]); B = Matrix([[0, 1], [1, 0]])
print(A + B, A - 1, 1 - A, 2 * A, A * B, A @ B, A ** 3, A.T, -A, sep='\n')
print(repr(A[0]), A[1, 0], A[:, 1], A[0, :], A.shape, len(A), list(A), 4 in A, 9 in A, bool(Matrix.zeros(2, 2)), A == Matrix([[1, 2], [3, 4]]), A != B)
A2 = Matrix(A.rows); A2[0, 0] = 99; print(A2[0, 0], A[0, 0])
print(round(Matrix([[1.26, 2.71]]) , 1), abs(-A), Matrix.identity(3))
for bad in [lambda: A @ Matrix([[1, 2, 3]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1], [1, 2]]), lambda: hash(A), lambda: A @ 2, lambda: A + 'x', lambda: {A}]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(sum([A, B, A], Matrix.zeros(2, 2)), sorted([[3], [1]]), max(A, key=sum))
x = A; x += B; print(x is A, x, A)
x @= B; print(x)
