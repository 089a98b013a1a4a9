# `x in SomeClass` asks the metaclass's __contains__ (Enum classes included: a non-member
# is a TypeError in 3.11, after a DeprecationWarning).
from enum import Enum


class Registry(type):
    def __contains__(cls, name):
        return name in cls.names

    def __iter__(cls):
        return iter(sorted(cls.names))


class Plugins(metaclass=Registry):
    names = {"csv", "json"}


print("csv" in Plugins, "xml" in Plugins, "xml" not in Plugins, list(Plugins))


class OnlyIter(type):
    def __iter__(cls):
        return iter([1, 2, 3])


class Numbers(metaclass=OnlyIter):
    pass


print(2 in Numbers, 5 in Numbers)


class Plain:
    pass


try:
    print(1 in Plain)
except TypeError as e:
    print("TypeError:", e)


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED in Color, Color(2) in Color)
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError:", e)
