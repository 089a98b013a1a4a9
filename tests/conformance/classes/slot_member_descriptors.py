# Names in __slots__ read as member descriptors on the class.
import types


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ('z', '__dict__')

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


print(Point.x, Point.y)
print(type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print(Point3.x is Point.x, Point3.z, Point.x is Point.x)
print(isinstance(Point.y, types.MemberDescriptorType))

p = Point3(1, 2, 3)
print(Point.x.__get__(p), Point3.z.__get__(p, Point3))
Point.y.__set__(p, 20)
print(p.y)
print(Point.x.__get__(None, Point) is Point.x)
Point.x.__delete__(p)
try:
    Point.x.__get__(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    Point.x.__get__(42)
except TypeError as e:
    print('TypeError:', e)

# Generic code that walks attributes by name sees the descriptors.
for name in ('x', 'y', 'z', 'w'):
    print(name, getattr(Point3, name, 'missing'))
print(hasattr(Point, 'x'), hasattr(Point, 'z'))

# Copying a slotted instance reads every slot through the instance.
import copy
q = copy.copy(Point(5, 6))
print(q.x, q.y)

print(Point.nope)
