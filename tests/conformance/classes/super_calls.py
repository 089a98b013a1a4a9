class Shape:
    def __init__(self, name, **kw):
        self.name = name
        super().__init__(**kw)
    def describe(self):
        return f"shape {self.name}"
class Colored:
    def __init__(self, color="black", **kw):
        self.color = color
        super().__init__(**kw)
    def describe(self):
        return f"colored {self.color}; " + super().describe()
class Square(Colored, Shape):
    def __init__(self, side, **kw):
        self.side = side
        super().__init__(**kw)
    def describe(self):
        return f"square {self.side}; " + super().describe()
s = Square(3, color="red", name="sq")
print(s.describe(), s.name, s.color, s.side)
class A:
    def f(self): return "A.f"
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
class B(A):
    def f(self): return "B.f>" + super(B, self).f()
    @classmethod
    def make(cls): return "B>" + super().make()
print(B().f(), B.make(), super(B, B()).f())
class Counter(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
c = Counter()
c["a"] = 1
print(c, isinstance(c, dict))
