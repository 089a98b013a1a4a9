class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
class Blob(Shape): pass
shapes = [Rect(2, 3), Circle(1), Rect(0.5, 4)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s.describe())
print(f"total {sum(s.area() for s in shapes):.3f}")
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
