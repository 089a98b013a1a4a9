import math
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
        self.id = Shape.count
    def area(self): raise NotImplementedError
    def perimeter(self): raise NotImplementedError
    def __lt__(self, other): return self.area() < other.area()
    def __repr__(self): return f"{type(self).__name__}#{self.id}(area={self.area():.2f})"
class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__(); self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rectangle):
    def __init__(self, s): super().__init__(s, s)
class Ellipse(Shape):
    def __init__(self, a, b):
        super().__init__(); self.a, self.b = a, b
    def area(self): return math.pi * self.a * self.b
    def perimeter(self):
        h = (self.a - self.b) ** 2 / (self.a + self.b) ** 2
        return math.pi * (self.a + self.b) * (1 + 3 * h / (10 + math.sqrt(4 - 3 * h)))
class Circle(Ellipse):
    def __init__(self, r): super().__init__(r, r)
shapes = [Rectangle(3, 4), Square(2.5), Ellipse(3, 1), Circle(1), Square(1)]
for s in sorted(shapes):
    print(f"{s!r:<32} perimeter={s.perimeter():.3f} {[c.__name__ for c in type(s).__mro__[:-1]]}")
print(max(shapes), min(shapes), Shape.count)
print(sum(isinstance(s, Rectangle) for s in shapes), sum(type(s) is Rectangle for s in shapes))
