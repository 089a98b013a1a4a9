import math
from ..util.naming import pretty
print("load circle, __name__ =", __name__)
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def __repr__(self):
        return pretty("Circle", r=self.r)
