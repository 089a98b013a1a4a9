class Fraction:
    def __init__(self, n, d=1):
        if d == 0: raise ZeroDivisionError("zero denominator")
        if d < 0: n, d = -n, -d
        g = self._gcd(abs(n), d)
        self.n, self.d = n // g, d // g
    @staticmethod
    def _gcd(a, b):
        while b: a, b = b, a % b
        return a or 1
    def __add__(self, o): o = F(o); return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): o = F(o); return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = F(o); return Fraction(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): o = F(o); return Fraction(self.n * o.d, self.d * o.n)
    def __neg__(self): return Fraction(-self.n, self.d)
    def __eq__(self, o): o = F(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
def F(x): return x if isinstance(x, Fraction) else Fraction(x)
def solve(A, b):
    n = len(A)
    M = [[F(v) for v in row] + [F(bv)] for row, bv in zip(A, b)]
    for col in range(n):
        piv = next(r for r in range(col, n) if not M[r][col] == 0)
        M[col], M[piv] = M[piv], M[col]
        for r in range(n):
            if r != col and not M[r][col] == 0:
                f = M[r][col] / M[col][col]
                M[r] = [a - f * c for a, c in zip(M[r], M[col])]
    return [M[i][n] / M[i][i] for i in range(n)]
def det(A):
    M = [[F(v) for v in row] for row in A]
    n, sign, result = len(M), 1, F(1)
    for col in range(n):
        piv = next((r for r in range(col, n) if not M[r][col] == 0), None)
        if piv is None: return F(0)
        if piv != col: M[col], M[piv] = M[piv], M[col]; sign = -sign
        for r in range(col + 1, n):
            f = M[r][col] / M[col][col]
            M[r] = [a - f * c for a, c in zip(M[r], M[col])]
        result = result * M[col][col]
    return result * sign
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [5, 6]), solve([[3, 2, 1], [1, 1, 1], [2, 1, 3]], [1, 2, 3]))
H = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
print(det(H), det([[1, 2], [2, 4]]), det([[0, 1], [1, 0]]), det([[2, 0, 0], [0, 3, 0], [0, 0, 4]]))
print(Fraction(6, -8), Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 4)
