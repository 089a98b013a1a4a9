class P:
    def __init__(self, x, y=2, *, z=3):
        self.x, self.y, self.z = x, y, z
class Q(P):
    pass
class R:
    def __init__(self):
        return 5
class S:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.made = a
        return o
    def __init__(self, *a):
        self.a = a
p = P(1); q = Q(1, 5, z=9); s = S(1, 2)
print(p.x, p.y, p.z, q.x, q.y, q.z, s.made, s.a, type(q).__name__)
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
try:
    R()
except TypeError as e:
    print(e)
class T:
    def __init__(self, v):
        if v < 0:
            raise ValueError("neg")
        self.v = v
try:
    T(-1)
except ValueError as e:
    print("caught", e)
print([T(i).v for i in range(3)])
