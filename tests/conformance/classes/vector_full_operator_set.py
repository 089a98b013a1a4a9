class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x; self.y += o.y
        return self
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __matmul__(self, o): return "matmul"
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __iter__(self): yield self.x; yield self.y
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __pow__(self, k, mod=None): return Vec(pow(self.x, k, mod), pow(self.y, k, mod))
    def __lshift__(self, n): return Vec(self.x << n, self.y << n)
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
    def __invert__(self): return Vec(~self.x, ~self.y)
    def __index__(self): return 7
    def __complex__(self): return complex(self.x, self.y)
    def __format__(self, spec):
        return f"<{format(self.x, spec)},{format(self.y, spec)}>"

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * b, a * 2, 3 * a, -a, +a, abs(b), bool(Vec(0, 0)))
c = a
c += b
print(c, a, c is a)
print(a == Vec(4, 6), a != b, {a, Vec(4, 6)}, a @ b, a[0], len(a), list(a), round(Vec(1.26, 2.5), 1))
print(a // 2, b / 2, b ** 2, pow(b, 2, 5), a << 2, a & 1, 1 & a, ~a, [10, 20, 30, 40, 50, 60, 70, 80][a], complex(a))
print(f"{b:.2f}", format(b, "03d"), "%d" % a if False else "", bin(a), hex(a))
try:
    a - 1
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
x, y = a
print(x, y, *a, [*a, *b])

class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} {getattr(o, 'v', o)}")
        return NotImplemented
    def __lt__(self, o):
        print(f"lt {self.v}")
        return NotImplemented
    def __gt__(self, o):
        print(f"gt {self.v}")
        return NotImplemented
print(Num(1) == Num(2))
try:
    Num(1) < Num(2)
except TypeError as e:
    print(e)
n = Num(1)
print(n == n, n != n, n in [n])

class Sub(int):
    def __add__(self, o): return "Sub.add"
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1)
class F(float):
    def __rsub__(self, o): return "F.rsub"
print(1.0 - F(2), 1 - F(3))

class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
    def __ior__(self, o):
        self.items.extend(o); return self
    def __repr__(self): return f"Acc{self.items}"
acc = Acc(); acc += 1; acc |= [2, 3]
print(acc)
l = [1]; t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
class OnlyAdd:
    def __add__(self, o): return "added"
o = OnlyAdd(); o += 1; print(o)
try:
    o -= 1
except TypeError as e:
    print(e)
print(divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, 2 ** -1, (-8) ** (1/3) if False else "", 10 ** 20, True + True)
