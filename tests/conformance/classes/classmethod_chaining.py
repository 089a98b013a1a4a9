# classmethod wrapping another descriptor (Python 3.11 chains them): @classmethod
# @property gives a class-level computed attribute; a user descriptor's __get__ gets the class.
import functools


class Config:
    _defaults = {"debug": False, "level": 3}

    @classmethod
    @property
    def names(cls):
        return sorted(cls._defaults)

    @classmethod
    @property
    def kind(cls):
        return cls.__name__.lower()


class DevConfig(Config):
    _defaults = {"debug": True, "trace": True, "level": 5}


print(Config.names, Config.kind)
print(DevConfig.names, DevConfig.kind)
print(DevConfig().kind, Config().names)


class Tagged:
    """A descriptor that reports who it was bound to."""

    def __init__(self, label):
        self.label = label

    def __get__(self, obj, owner=None):
        return f"{self.label}: obj={getattr(obj, '__name__', obj)!s} owner={owner.__name__}"


class Host:
    via_class = classmethod(Tagged("chained"))


print(Host.via_class)
print(Host().via_class)


class Factory:
    made = 0

    @classmethod
    @functools.lru_cache(maxsize=None)
    def build(cls, size):
        cls.made += 1
        return f"{cls.__name__}({size})"


print(Factory.build(3), Factory.build(3), Factory.build(4), Factory.made)


class Shape:
    sides = 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"


class Square(Shape):
    sides = 4

    @classmethod
    def describe(cls):
        return "square: " + super().describe()


print(Shape.describe(), Square.describe(), Square().describe())
print(type(Config.__dict__["names"]).__name__, type(Square.describe).__name__)
