class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return Vec(self.y, self.x)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, n): return Vec(self.x << n, self.y << n)
    def __rshift__(self, n): return Vec(self.x >> n, self.y >> n)
a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, 3 * a, a / 2, a // 2, a % 2, a ** 2, -a, +a, abs(a), ~a, a @ b)
print(a == Vec(3, 4), a != b, bool(Vec(0, 0)), bool(a), a & b, a | b, a ^ b, a << 2, Vec(16, 8) >> 2)
print(len({a, Vec(3, 4), b}))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * "s"
except TypeError as e:
    print("TypeError:", e)
