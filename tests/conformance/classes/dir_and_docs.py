"""dir() of instances, classes and exceptions lists what CPython lists; __doc__ defaults to None."""


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    @property
    def label(self):
        return self.name.title()


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Point:
    __slots__ = ("x", "y")


class NotFound(LookupError):
    pass


sq = Square(3)
print(dir(sq))
print(dir(Square))
print(dir(Point))
print(dir(object()))
print([n for n in dir(NotFound("k")) if not n.startswith("__")])
print([n for n in dir(OSError()) if not n.startswith("__")])
print([n for n in dir(5) if not n.startswith("_")][:4], "real" in dir(2.5))
print(set(dir(Square)) - set(dir(object)))

public = {name: getattr(sq, name) for name in dir(sq) if not name.startswith("_")}
print({k: v for k, v in public.items() if not callable(v)})
print(sq.__doc__, "|", Square.__doc__, "|", Shape.__doc__, "|", sq.area.__doc__)
print(Point().__doc__, NotFound().__doc__, sq.__module__, sq.__weakref__)
