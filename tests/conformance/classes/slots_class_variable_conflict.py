"""__slots__ names may not also be class variables (defaults belong in __init__)."""


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y


print(Point(1).x, Point().y)

for body in ('__slots__ = ("x",)\n    x = 5',
             '__slots__ = ("a", "b")\n    def b(self):\n        return 1',
             '__slots__ = "name"\n    name = "default"',
             '__slots__ = ("__dict__", "v")\n    __dict__ = None'):
    try:
        exec(f"class Bad:\n    {body}\n")
        print("defined")
    except ValueError as e:
        print("ValueError:", e)


class WithDefault:
    __slots__ = ("size",)
    DEFAULT_SIZE = 10

    def __init__(self, size=None):
        self.size = self.DEFAULT_SIZE if size is None else size


print(WithDefault().size, WithDefault(3).size)
