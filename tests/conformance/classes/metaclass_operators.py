# Operators on classes defined by their metaclass, and type's own __or__,
# __instancecheck__ and __subclasscheck__ reached through super() or type.


class UnitMeta(type):
    def __mul__(cls, other):
        return f"{cls.__name__}*{getattr(other, '__name__', other)}"

    def __rmul__(cls, other):
        return f"{other}*{cls.__name__}"

    def __truediv__(cls, other):
        return f"{cls.__name__}/{other.__name__}"

    def __lt__(cls, other):
        return cls.rank < other.rank

    def __neg__(cls):
        return f"-{cls.__name__}"

    def __invert__(cls):
        return f"~{cls.__name__}"

    def __repr__(cls):
        return f"<unit {cls.__name__}>"


class Meter(metaclass=UnitMeta):
    rank = 2


class Second(metaclass=UnitMeta):
    rank = 1


class Gram(metaclass=UnitMeta):
    rank = 3


print(Meter * Second, 3 * Meter, Meter / Second, -Meter, ~Second)
print(Meter < Gram, Gram < Second, Second > Meter)
print(sorted([Gram, Meter, Second]))
print(max([Gram, Meter, Second]), min(Meter, Second))
try:
    Meter + Second
except TypeError as e:
    print("TypeError:", e)
try:
    +Meter
except TypeError as e:
    print("TypeError:", e)

# Without __or__ of its own, a metaclass inherits type's: a union.
print(Meter | int, int | Meter, Meter | None)
print(type.__or__(int, str), type.__ror__(int, str))
print(int.__or__(3, 5), type.__or__(int, 3))


class PipeMeta(type):
    def __or__(cls, other):
        return f"pipe({cls.__name__}, {other.__name__})"

    def __ror__(cls, other):
        return f"rpipe({other!r}, {cls.__name__})"


class Stage(metaclass=PipeMeta):
    pass


print(Stage | int, 5 | Stage, Stage | Stage)


class LoggingMeta(type):
    checks = []

    def __instancecheck__(cls, obj):
        LoggingMeta.checks.append(("instance", cls.__name__, type(obj).__name__))
        return super().__instancecheck__(obj)

    def __subclasscheck__(cls, sub):
        LoggingMeta.checks.append(("subclass", cls.__name__, sub.__name__))
        return super().__subclasscheck__(sub)


class Base(metaclass=LoggingMeta):
    pass


class Child(Base):
    pass


print(isinstance(Child(), Base), isinstance(3, Base), issubclass(int, Base))
print(issubclass(Child, Base), isinstance(Base(), Child))
for entry in LoggingMeta.checks:
    print(entry)
print(type.__instancecheck__(Base, Child()), type.__instancecheck__(Child, Base()))
print(type.__subclasscheck__(Base, Child), type.__subclasscheck__(int, bool))
print(type.__subclasscheck__(object, Base), type.__instancecheck__(int, True))
try:
    type.__subclasscheck__(int, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__instancecheck__(int)
except TypeError as e:
    print("TypeError:", e)


class Proxy:
    """Claims another class through __class__."""

    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


p = Proxy([1, 2])
print(type.__instancecheck__(list, p), isinstance(p, list), type(p).__name__)
