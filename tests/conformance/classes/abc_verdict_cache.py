"""isinstance/issubclass against ABCs remember their verdicts, and register() still counts.

A refusal is forgotten when any class is registered later; a class found to be a subclass stays
one. Structural checks (`__subclasshook__`) answer for classes never registered.
"""
import abc
import collections.abc as cabc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Blob:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


# Refused first, then registered: the refusal must not be served from a cache.
print("Blob before register:", isinstance(Blob(), Shape), issubclass(Blob, Shape))
Shape.register(Blob)
print("Blob after register:", isinstance(Blob(), Shape), issubclass(Blob, Shape))
print("Square:", isinstance(Square(3), Shape), Square(3).area())

# Registering an unrelated class elsewhere also invalidates refusals.
class Other(abc.ABC):
    pass


class Lone:
    pass


print("Lone vs Other:", isinstance(Lone(), Other))
Shape.register(Lone)
print("Lone after Shape.register (Other refuses still):", isinstance(Lone(), Shape), isinstance(Lone(), Other))
token = abc.get_cache_token()
Other.register(int)
print("token moved:", abc.get_cache_token() != token, isinstance(7, Other), isinstance(7.0, Other))


# Structural checks through __subclasshook__, asked many times over.
class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


counts = {}
values = [[], (), {}, set(), "s", b"b", 3, 2.5, None, Box([1]), range(3), iter([]), (x for x in ())]
checks = [cabc.Sized, cabc.Iterable, cabc.Container, cabc.Collection, cabc.Sequence,
          cabc.Mapping, cabc.MutableMapping, cabc.Set, cabc.Hashable, cabc.Iterator,
          cabc.Generator, cabc.Reversible, cabc.Callable]
for _ in range(50):
    for v in values:
        for c in checks:
            if isinstance(v, c):
                counts[c.__name__] = counts.get(c.__name__, 0) + 1
for name in sorted(counts):
    print(f"{name:16} {counts[name]}")

# A class whose __class__ claims another class passes for both.
class Proxy:
    @property
    def __class__(self):
        return dict


p = Proxy()
print("proxy:", isinstance(p, cabc.Mapping), isinstance(p, Proxy), isinstance(p, cabc.Sized))


# A subclass registered on an ABC's child counts for the parent as well.
class Base(abc.ABC):
    pass


class Child(Base):
    pass


class Virtual:
    pass


print("Virtual vs Base before:", issubclass(Virtual, Base))
Child.register(Virtual)
print("Virtual vs Base after:", issubclass(Virtual, Base), issubclass(Virtual, Child))
print(sorted(n for n in dir(Shape) if n.startswith("_abc")))

try:
    issubclass(3, Shape)
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
