class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __sub__(self, o): return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(self.x / k, self.y / k)
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __format__(self, spec):
        if spec.endswith("p"):
            import math
            return f"r={abs(self):{spec[:-1]}f} th={math.atan2(self.y, self.x):{spec[:-1]}f}"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * v, v / 2, -v, abs(v), v @ w, bool(Vector()), list(v), v[1], v[-1])
print(sum([v, w, Vector(1, 1)]), {v: 1, Vector(3, 4): 2}, v == Vector(3, 4), v != w)
print(f"{v:.2f} {v:.3p} {w:>5}")
print(repr(v), str(v), [v], (v,))
try:
    v + 1
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
try:
    v[2]
except IndexError as e:
    print(e)
x, y = v
print(x, y)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @staticmethod
    def _dot(a, b):
        return sum(p * q for p, q in zip(a, b))
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    @property
    def T(self):
        return Matrix(zip(*self.rows))
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        ot = o.T.rows
        return Matrix([[self._dot(r, c) for c in ot] for r in self.rows])
    def __pow__(self, n):
        result = Matrix.identity(self.shape[0]); base = self
        while n:
            if n & 1: result = result @ base
            base = base @ base; n >>= 1
        return result
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, val):
        i, j = idx
        self.rows[i][j] = val

F = Matrix([[1, 1], [1, 0]])
print(F ** 10); print((F ** 90)[0, 1]); print(Matrix.identity(3))
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m.shape, m.T.shape); print(m @ m.T)
m[0, 0] = 100; print(m[0, 0], m[1, 2])
try:
    m @ m
except ValueError as e:
    print("ValueError:", e)

class Shape:
    registry = {}
    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind: Shape.registry[kind] = cls
    def area(self): raise NotImplementedError
    def __lt__(self, other): return self.area() < other.area()
    def __repr__(self): return f"{self.__class__.__name__}(area={self.area():.2f})"
class Rect(Shape, kind="rect"):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect, kind="square"):
    def __init__(self, s): super().__init__(s, s)
class Circ(Shape, kind="circle"):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
shapes = [Shape.registry[k](*a) for k, a in [("rect", (2, 3)), ("square", (2,)), ("circle", (1,))]]
print(sorted(shapes), sorted(Shape.registry), Square.__mro__, isinstance(shapes[1], Rect), issubclass(Square, Shape))
print(Square.__name__, Square.__qualname__, Square.__bases__, Rect.area is Square.area, vars(shapes[0]))
try:
    Shape().area()
except NotImplementedError as e:
    print("NIE", repr(e))

class Temp:
    def __init__(self, c): self.celsius = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
    fahrenheit = property(lambda s: s._c * 9 / 5 + 32, doc="F")
t = Temp(25); print(t.celsius, t.fahrenheit); t.celsius = 100; print(t.fahrenheit)
try: t.celsius = -300
except ValueError as e: print(e)
try: t.fahrenheit = 3
except AttributeError as e: print(e)
del t.celsius
try: t.celsius
except AttributeError as e: print(e)
print(Temp.fahrenheit.__doc__, type(Temp.celsius))

class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k); obj.created = True; return obj
class Base(metaclass=Meta): pass
class Child(Base):
    def __init__(self, v): self.v = v
c = Child(3); print(c.tag, c.v, c.created, type(Child).__name__, Base.tag)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
class Weird:
    def __getattr__(self, name):
        if name.startswith("get_"): return lambda: name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
    def __len__(self): return 7
    def __contains__(self, x): return x == 3
    def __call__(self, *a): return sum(a)
w = Weird(); print(w.get_name(), len(w), 3 in w, 4 in w, w(1, 2, 3))
try: w.other
except AttributeError as e: print(e)
