class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))
class Circle:
    def __init__(self, r): self.r = r
    area = property(lambda self: round(3.14159 * self.r ** 2, 3), doc="area")
c = Circle(2)
print(c.area, type(Circle.__dict__["area"]).__name__, Circle.area.__doc__)
try:
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    @property
    def value(self):
        print("computing")
        self.__dict__["cached"] = 42
        return 42
l = Lazy()
print(l.value, l.value, l.cached)
