"""Enums as real code uses them: a permission Flag, an HTTP-status IntEnum, a StrEnum-like
str mixin, auto values, _missing_ lookups, aliases, @unique, and how members print in 3.11."""
import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXECUTE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Status(IntEnum):
    OK = 200
    CREATED = 201
    NOT_FOUND = 404
    SERVER_ERROR = 500

    @property
    def is_error(self):
        return self >= 400


class Color(Enum):
    RED = 'red'
    GREEN = 'green'
    BLUE = 'blue'
    CRIMSON = 'red'  # alias

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            lowered = value.lower()
            for member in cls:
                if member.value == lowered:
                    return member
        return None


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


class Unit(str, Enum):
    METER = 'm'
    SECOND = 's'


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()


print("== Flag")
p = Perm.READ | Perm.EXECUTE
print(p, repr(p), p.value, bool(p), Perm.READ in p, Perm.WRITE in p)
print(Perm.RW, repr(Perm.ALL), ~Perm.READ, repr(~Perm.ALL), Perm(0), repr(Perm(0)))
print(Perm.ALL & ~Perm.WRITE, Perm.RW ^ Perm.ALL, list(Perm.RW), len(Perm.ALL))
print([m.name for m in Perm], Perm(3), Perm(7) is Perm.ALL)
print(format(Perm.READ), f"{Perm.WRITE}", str(Perm.RW))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)

print("== IntFlag")
m = Mode.R | Mode.W
print(m, repr(m), int(m), m == 6, m + 1, m | 8, repr(Mode(9)), Mode.R in m)
print(format(m), f"{Mode.X:>4}", str(Mode.R), ~Mode.R, repr(Mode(0)))
print(sorted([Mode.X, Mode.R, Mode.W]), oct(m))

print("== IntEnum")
codes = [Status(200), Status.NOT_FOUND, Status['SERVER_ERROR']]
for s in codes:
    print(s, repr(s), s.name, s.value, s.is_error, f"{s}", f"{s:>6}", s + 0, s == 404)
print(sorted(codes, reverse=True), Status.OK < 300, isinstance(Status.OK, int))
try:
    Status(418)
except ValueError as e:
    print("ValueError:", e)
try:
    Status['TEAPOT']
except KeyError as e:
    print("KeyError:", e)

print("== Enum with _missing_ and aliases")
print(Color('RED'), Color('Green'), Color.CRIMSON is Color.RED, list(Color))
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED.name, Color.CRIMSON.name, repr(Color.BLUE), str(Color.BLUE), format(Color.BLUE))
try:
    Color('purple')
except ValueError as e:
    print("ValueError:", e)
try:
    Color(42)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 'x'
except AttributeError as e:
    print("AttributeError:", e)
print(Color.RED == 'red', Color.RED in Color, 'red' in [c.value for c in Color])
print({Color.RED: 1, Color.CRIMSON: 2})

print("== tuple values, auto, methods")
for planet in Planet:
    print(planet.name, planet.value, f"{planet.surface_gravity:.2f}")
print(Weekday.MONDAY.value, Weekday.WEDNESDAY.next(), repr(Weekday.TUESDAY))
print(Unit.METER, repr(Unit.METER), Unit.METER == 'm', f"{Unit.SECOND}", Unit('s'), Unit.METER.upper())
print(Lower.ALPHA.value, Lower.BETA, [m.value for m in Lower])

print("== unique and functional API")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print("ValueError:", e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum('Shape', [('SQUARE', 4), ('TRIANGLE', 3)])
print(Shape.SQUARE, Shape(3), len(Shape))
try:
    class More(Color):
        PINK = 'pink'
except TypeError as e:
    print("TypeError:", e)
print(enum.Enum.__name__, Status.__name__, type(Status.OK).__mro__[1:3])
