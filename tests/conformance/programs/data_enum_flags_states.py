from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X

class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    BLUE = auto()

class Status(IntFlag):
    OK = 1
    WARN = 2
    FAIL = 4

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

p = Perm.R | Perm.X
print(p, repr(p), p.value, Perm.R in p, Perm.W in p, bool(Perm(0)), Perm(0))
print(list(Perm), Perm.ALL, repr(Perm.RW), ~Perm.R, Perm.ALL & ~Perm.W)
print([m.name for m in p], len(Perm.ALL))
print(Color.RED, repr(Color.RED), Color.RED == "red", Color.BLUE.upper(), f"{Color.GREEN}", list(Color))
print(Status.OK | Status.FAIL, repr(Status.WARN | Status.OK), Status(6), int(Status.FAIL | Status.OK), Status.OK + 1)
print(Status(8) if False else Status(3))
for pl in Planet:
    print(f"{pl.name:<8} {pl.value} g={pl.surface_gravity:.2f}")
print(Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape), Shape.__members__.keys())
print(sorted(Shape, key=lambda s: s.value))
try:
    @unique
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print(list(Ordered), Ordered.BETA.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal.BEE, Animal.BEE.value, list(Animal), Animal["CAT"])
Dyn = IntEnum("Dyn", [("LOW", 10), ("HIGH", 20)])
print(Dyn.HIGH > Dyn.LOW, Dyn.LOW + Dyn.HIGH, repr(Dyn(20)))
try:
    Color.RED = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Perm(16)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(Color.RED, str), type(Perm.R), Perm.R.name, Perm.RW.name, (Perm.R | Perm.X).name)
print(hash(Shape.SQUARE) == hash(Shape.SQUARE), Shape.SQUARE is Shape(2), {Shape.CIRCLE: 1}[Shape.CIRCLE])
d = {s: s.value * 10 for s in Shape}
print(d)
print(format(Status.OK), str(Status.WARN), f"{Dyn.LOW:>6}|{Dyn.LOW!r}")
class Weekday(IntEnum):
    MON = 1; TUE = 2; WED = 3
    @classmethod
    def parse(cls, s):
        return cls[s.upper()[:3]]
    def next(self):
        return Weekday((self.value % 3) + 1)
print(Weekday.parse("tuesday"), Weekday.WED.next(), Weekday.MON.next().next())
print(enum.Enum.__name__, Perm.__members__["RW"], Color("green"))
try:
    Color("purple")
except ValueError as e:
    print(e)
