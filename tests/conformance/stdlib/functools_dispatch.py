import functools
from collections.abc import Mapping, Sequence


@functools.singledispatch
def show(x):
    return f"object {x!r}"


@show.register
def _(x: int):
    return f"int {x}"


@show.register(list)
@show.register(tuple)
def _(x):
    return f"sequence of {len(x)}"


@show.register(Mapping)
def _(x):
    return f"mapping with keys {sorted(x)}"


show.register(float, lambda x: f"float {x:.2f}")

for v in [1, True, 2.5, [1, 2], (1,), {"b": 1, "a": 2}, "text", None, b"raw"]:
    print(show(v))
print(show.dispatch(bool).__name__, show.dispatch(str) is show.registry[object])
print(sorted(t.__name__ for t in show.registry))
try:
    show()
except TypeError as e:
    print("TypeError:", e)
try:
    show.register(lambda x: x)
except TypeError as e:
    print("TypeError:", str(e)[:40])


class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return f"? {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return "I" * arg

    @fmt.register(str)
    def _(self, arg):
        return arg.upper()

    @fmt.register(Sequence)
    def _(self, arg):
        return "+".join(self.fmt(a) for a in arg)


f = Formatter()
print(f.fmt(3), f.fmt("hi"), f.fmt(1.5), f.fmt([1, "a", 2]))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)

    def scale(self, factor, offset=0):
        return self.r * factor + offset

    double = functools.partialmethod(scale, 2)
    shifted = functools.partialmethod(scale, offset=100)


c = Circle(2)
print(c.area, c.area, c.computed, sorted(c.__dict__))
del c.area
print(c.area, c.computed, type(Circle.area).__name__)
print(c.double(), c.double(offset=1), c.shifted(3))
