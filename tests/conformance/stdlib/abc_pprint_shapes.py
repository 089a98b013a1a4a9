"""abc-based class hierarchies with their instantiation errors, virtual subclasses and
abstract properties, then pprint of the nested and wide structures a report produces."""
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
import pprint
from collections import OrderedDict, defaultdict, Counter


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class HalfShape(Shape):
    def area(self):
        return 0.0


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Thing(Named):
    @property
    def name(self):
        return 'thing'

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def kind():
        return 'object'


class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...


class Sized3(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized3:
            return hasattr(C, '__len__')
        return NotImplemented


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(f"{label}: TypeError: {e}")
    else:
        print(f"{label}: ok")


print("== abstract classes")
attempt("Shape()", Shape)
attempt("HalfShape()", HalfShape)
attempt("Named()", Named)
attempt("Plugin()", Plugin)
attempt("Thing()", Thing)
attempt("ABC()", ABC)
print(Square(3).describe(), Rect(2, 5).describe())
print(sorted(Shape.__abstractmethods__), sorted(HalfShape.__abstractmethods__), Rect.__abstractmethods__)
print(Thing.create().name, Thing.kind(), sorted(Named.__abstractmethods__))
print(getattr(Shape.area, '__isabstractmethod__', False), getattr(Rect.area, '__isabstractmethod__', False))


class Late(ABC):
    pass


Late.go = abstractmethod(lambda self: None)
attempt("Late() before update", Late)
abc.update_abstractmethods(Late)
attempt("Late() after update", Late)

print("== virtual subclasses")


class External:
    def run(self):
        return 'external run'


Plugin.register(External)
print(issubclass(External, Plugin), isinstance(External(), Plugin), External.__mro__[1:])
print(isinstance([], Sized3), isinstance(3, Sized3), issubclass(dict, Sized3))
registered = Plugin.register(type('Dyn', (), {}))
print(registered.__name__, issubclass(registered, Plugin))
try:
    Plugin.register(5)
except TypeError as e:
    print("TypeError:", e)

print("== pprint")
report = {
    'title': 'Quarterly shape inventory with a deliberately long title to force wrapping',
    'shapes': [{'type': 'rect', 'w': w, 'h': h, 'tags': ['a' * w, 'b' * h]} for w, h in [(2, 3), (10, 4), (1, 1)]],
    'totals': Counter({'rect': 3, 'square': 1, 'circle': 0}),
    'matrix': [[i * j for j in range(12)] for i in range(4)],
    'nested': {'level1': {'level2': {'level3': {'level4': list(range(30))}}}},
    'ordered': OrderedDict([('z', 1), ('a', 2)]),
    'empty': {'list': [], 'dict': {}, 'set': set(), 'tuple': ()},
    'set': {3, 1, 2},
    'frozen': frozenset({20, 10}),
    'tuple1': (1,),
    'long_string': 'word ' * 30,
    'bytes': b'\x00\x01' * 20,
}
pprint.pprint(report)
print("-- width=40, depth=2")
pprint.pprint(report['shapes'], width=40, depth=2)
print("-- compact")
pprint.pprint(list(range(40)), compact=True, width=50)
print("-- sort_dicts=False, indent=2")
pprint.pprint({'b': [1, 2], 'a': {'y': 1, 'x': 2}}, sort_dicts=False, indent=2, width=20)
dd = defaultdict(list, {'k': list(range(25))})
pprint.pprint(dd)
print(pprint.pformat({'x': 'y' * 90}))
print(pprint.isreadable([1, 2]), pprint.isrecursive([1]), pprint.saferepr([1, {'a': (2, 3)}]))
loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).split(" with id")[0], pprint.isrecursive(loop), pprint.isreadable(loop))
pp = pprint.PrettyPrinter(width=30, underscore_numbers=True)
pp.pprint([123456789, 10**12, {'n': 1_000_000}])
