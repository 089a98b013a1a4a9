# Classes made by calling type(name, bases, ns): the bases' metaclass builds them,
# __init_subclass__ runs with the keywords, and bad arguments fail as in CPython.
from abc import ABC, abstractmethod


class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.initialised = True


class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} ran with tag {self.tag}"


# Generated plugin classes, as a factory would make them.
for name in ["Csv", "Json", "Xml"]:
    cls = type(name, (Plugin,), {"ext": "." + name.lower()})
    print(type(cls).__name__, cls.tag, cls.ext, cls.initialised, cls().run())
print(sorted(PluginMeta.registry))


class Registered:
    children = []

    def __init_subclass__(cls, prefix="", **kw):
        super().__init_subclass__(**kw)
        Registered.children.append(prefix + cls.__name__)


A = type("A", (Registered,), {})
B = type("B", (Registered,), {}, prefix="my_")
print(Registered.children, A.__bases__, B.__mro__[1].__name__)

try:
    type("C", (), {}, prefix="x")
except TypeError as e:
    print("TypeError:", e)


class Shape(ABC):
    @abstractmethod
    def area(self): ...


Square = type("Square", (Shape,), {"__init__": lambda s, n: setattr(s, "n", n),
                                   "area": lambda s: s.n * s.n})
print(type(Square).__name__, Square(3).area(), isinstance(Square(2), Shape))
Broken = type("Broken", (Shape,), {})
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)

for args, kw in [
    ((5,), {"x": 1}),
    ((), {}),
    (("a", ()), {}),
    ((1, (), {}), {}),
    (("a", [], {}), {}),
    (("a", (), 5), {}),
    (("a", (1,), {}), {}),
    (("a", (object(),), {}), {}),
    (("a", (int, int), {}), {}),
]:
    try:
        print(type(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)
