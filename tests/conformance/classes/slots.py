class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
p.x = 10
print(p, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class Loose(Point):
    pass
l = Loose(0, 0)
l.anything = "ok"
print(l.anything, hasattr(l, "__dict__"))
e = Point.__new__(Point)
try:
    print(e.x)
except AttributeError as err:
    print("AttributeError:", err)
del p.y
try:
    p.y
except AttributeError as err:
    print("AttributeError:", err)
