# collections.namedtuple: construction, fields, defaults, helpers, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, repr(p), str(p))
print(p.x + p.y, p[0] + p[1], len(p), tuple(p), list(p))
x, y = p
print(x, y)
print(p == (11, 22), p == Point(11, 22), p != Point(1, 2), p < Point(12, 0))
print(hash(p) == hash((11, 22)), isinstance(p, tuple), type(p).__name__)
print(Point, Point.__name__, Point._fields, Point.__doc__)
print(Point._make([1, 2]), Point._make(range(3, 5)))
print(p._asdict(), type(p._asdict()).__name__)
print(p._replace(x=100), p)
print(Point(*(5, 6)), Point(**{"x": 7, "y": 8}))
print(p[:1], p[-1], p * 2, p + (3,), (0,) + p)
print(p.count(11), p.index(22), 22 in p)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]))
print({Point(1, 2): "a"}[(1, 2)])
print(Point.x.__doc__, Point.y.__doc__)

Color = namedtuple("Color", "red green blue")
print(Color(1, 2, 3), Color._fields)
Color2 = namedtuple("Color2", "red, green, blue")
print(Color2(blue=3, green=2, red=1))

Config = namedtuple("Config", "host port debug", defaults=[8080, False])
print(Config("localhost"), Config("h", 1, True), Config._field_defaults)
print(Config.__new__.__defaults__)
One = namedtuple("One", "a")
print(One(1), One._make([2]), len(One(1)))
Empty = namedtuple("Empty", [])
print(Empty(), len(Empty()), Empty._fields)
R = namedtuple("R", ["abc", "def", "ghi", "_jkl", "abc"], rename=True)
print(R._fields)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), isinstance(v, tuple))
print(v._replace(y=0), Vec._make([9, 9]))

Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print([e._asdict()["name"] for e in staff])

match Point(0, 5):
    case Point(x=0, y=yy):
        print("on y axis at", yy)
match Point(3, 4):
    case Point(a, b):
        print("positional", a, b)

for bad in [("Bad", "x 1y"), ("Bad", "x class"), ("Bad", "x _y"), ("Bad", "x x"),
            ("1Bad", "x"), ("Bad", ["def"])]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("T", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
