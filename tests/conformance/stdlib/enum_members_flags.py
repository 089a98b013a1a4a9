# enum: members, aliases, Flag/IntFlag composition (auto() values combined in the class body),
# IntEnum/StrEnum formatting, functional API, unique, match on members.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]

print(list(Color), Color(2), Color["BLUE"], Color.RED.describe(), Color.parse("green"))
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ""), Color.RED == 1)
print(Color.RED in Color, len(Color), Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), ~Perm.R)
print(Perm(7), Perm(0), repr(Perm(0)))

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, f"{Num.ONE}", str(Num.TWO), repr(Num.TWO), sorted([Num.TWO, Num.ONE]), Num.ONE < 2)

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4
print(Bits.A | Bits.B, repr(Bits.A | 8), Bits(3), Bits.A | 2, int(Bits.C))

class Auto(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print([m.value for m in Auto])

class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, S.B.upper(), S.A == "a", repr(S.B), f"{S.B}")

@unique
class U(Enum):
    A = 1
    B = 2
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)])
print(Shape.SQ.value, Shape(3))

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 2
print(sorted([Ordered.HIGH, Ordered.LOW]))
print(Color.RED.__class__, type(Color), isinstance(Color.RED, Color))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKDAYS = MON | TUE | WED
print(Weekday.WEEKDAYS, list(Weekday), Weekday.MON.value, Weekday.WED.value)
print(Perm.R.name, rw.name, Perm(0).name)
