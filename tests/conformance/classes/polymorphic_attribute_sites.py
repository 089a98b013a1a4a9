"""One attribute site seeing many classes: methods, properties, slots and instance dicts,
with class changes in between that every later access must see."""


class Base:
    kind = "base"

    def area(self):
        return 0

    def describe(self):
        return f"{self.kind}:{self.area()}"


class Sq(Base):
    kind = "sq"

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Base):
    __slots__ = ("w", "h")
    kind = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Circle(Base):
    kind = "circle"

    def __init__(self, r):
        self.r = r

    @property
    def area_prop(self):
        return round(3.14159 * self.r * self.r, 2)

    def area(self):
        return self.area_prop


class Tri(Base):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


class Odd(Sq):
    area = property(lambda self: "not callable")


def areas(shapes):
    out = []
    for s in shapes:
        try:
            out.append(s.area())
        except TypeError as e:
            out.append(f"TypeError: {e}")
    return out


def kinds(shapes):
    return [s.kind for s in shapes]


shapes = [Sq(2), Rect(2, 3), Circle(1), Tri(4, 5), Base(), Sq(3), Odd(1), Rect(1, 1)]
for _ in range(3):
    print(areas(shapes))
print(kinds(shapes), [s.describe() for s in shapes[:6]])

Rect.kind = "rectangle"
Sq.area = lambda self: -self.s
print(kinds(shapes), areas(shapes))

shapes[5].area = lambda: "instance attribute wins over a plain method"
shapes[0].kind = "my own kind"
print(areas(shapes), kinds(shapes))

del Sq.area
print(areas(shapes))
Base.area = lambda self: "base again"
print(areas(shapes), [s.describe() for s in shapes[:5]])

del Circle.area_prop
print(areas(shapes[:2]))
try:
    areas([Circle(2)])
except AttributeError as e:
    print("AttributeError:", e)
