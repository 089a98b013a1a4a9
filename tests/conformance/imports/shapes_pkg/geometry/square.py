from . import circle
from shapes_pkg.util import naming
print("load square, package =", __package__)
class Square:
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def circumscribed(self):
        return circle.Circle(self.side * 2 ** 0.5 / 2)
    def __repr__(self):
        return naming.pretty("Square", side=self.side)
