# dir() of iterators and method wrappers, and abstract properties.
import abc


def f(x: int) -> int:
    return x


def dunders(obj, names):
    d = dir(obj)
    return [n for n in names if n in d]


hint = ["__length_hint__", "__setstate__", "__class_getitem__", "__annotations__"]
for label, obj in [
    ("list_iterator", iter([])),
    ("tuple_iterator", iter(())),
    ("str_iterator", iter("")),
    ("range_iterator", iter(range(2))),
    ("list_reverseiterator", reversed([])),
    ("dict_keyiterator", iter({})),
    ("set_iterator", iter(set())),
    ("enumerate", enumerate([])),
    ("zip", zip()),
    ("staticmethod", staticmethod(f)),
    ("classmethod", classmethod(f)),
]:
    print(label, type(obj).__name__, dunders(obj, hint))
print([n for n in dir(UnicodeDecodeError) if not n.startswith("_")])
print("__module__" in dir(open(__file__)), "read" in dir(open(__file__, "rb")))


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self):
        ...

    @property
    def name(self):
        return type(self).__name__


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side**2


print(Shape.area.__isabstractmethod__, Shape.name.__isabstractmethod__)
print(Square.area.__isabstractmethod__, property().__isabstractmethod__)
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__), Square(3).area)
try:
    Shape()
except TypeError as e:
    print(e)
