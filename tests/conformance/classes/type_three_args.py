def init(self, x): self.x = x
Point = type("Point", (), {"__init__": init, "double": lambda self: self.x * 2, "kind": "pt"})
p = Point(21)
print(type(p).__name__, p.double(), p.kind, Point.__name__, Point.__bases__)
Sub = type("Sub", (Point,), {"double": lambda self: "sub " + str(Point.double(self))})
print(Sub(4).double(), issubclass(Sub, Point), [c.__name__ for c in Sub.__mro__])
print(type(3), type("s"), type([]), type(type), type(Point), type(None))
print(type(p) is Point, type(True) is bool, type(1) == int)
Dyn = type("Dyn", (object,), {})
d = Dyn()
d.attr = 1
print(d.attr, Dyn.__qualname__)
fields = ["name", "age"]
Record = type("Record", (), {"__slots__": tuple(fields), "__repr__": lambda s: f"Record({', '.join(repr(getattr(s, f)) for f in fields)})"})
r = Record()
r.name, r.age = "ann", 3
print(r)
