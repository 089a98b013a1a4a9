from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} has value {self.value}"

    @property
    def is_warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.BLUE), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color)
print(repr(Color), type(Color.RED) is Color, isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.CRIMSON is Color.RED, Color.CRIMSON, Color.CRIMSON.name)
print(Color(1), Color(3), Color["GREEN"], Color["CRIMSON"], Color(Color.BLUE))
print(list(Color.__members__), list(Color.__members__.items()))
for member in Color:
    print(member.name, member.value, member.describe(), member.is_warm)
print(Color.default(), Color.RED.default())
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != Color.BLUE, Color.RED == 1)
print(Color.RED is Color(1), Color.RED in Color, Color.GREEN in Color)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.RED], d[Color(2)], Color.BLUE in d, len({Color.RED, Color.CRIMSON, Color.BLUE}))
print(hash(Color.RED) == hash(Color.RED), f"{Color.RED}", "{}".format(Color.GREEN), f"[{Color.RED:>12}]")
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(Color.RED.__class__, Color.RED.__class__.__name__)
try:
    Color(5)
except ValueError as e:
    print("ValueError:", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    class MoreColor(Color):
        PINK = 17
except TypeError as e:
    print("TypeError:", e)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 5, Priority.HIGH + 1, Priority.LOW * 3, int(Priority.HIGH))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), isinstance(Priority.LOW, int))
print(Priority(5), Priority(10) is Priority.HIGH, list(Priority), [p.value for p in Priority])
print([1, 2, 3, 4, 5, 6][Priority.LOW], {5: "five"}[Priority.MEDIUM])
try:
    Priority(7)
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()


print(list(Shape), [s.value for s in Shape])


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


print([(d.name, d.value) for d in Weekday])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return round(G * self.mass / (self.radius * self.radius), 2)


for p in Planet:
    print(p, p.value, p.mass, p.radius, p.surface_gravity)
print(Planet((5.976e+24, 6.37814e6)))


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm.R & Perm.X))
print(repr(Perm.R & Perm.X), str(Perm.R & Perm.X), Perm(0), Perm(7), repr(Perm(3)))
print(list(Perm), list(rw), len(rw), rw == Perm(6), rw is Perm(6))
print(repr(Perm.R ^ Perm.R), repr(rw ^ Perm.R), repr(~Perm.R), repr(~rw))


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = 3


print([(o.name, o.value) for o in Opt], repr(Opt.AB), repr(Opt.A | Opt.B), Opt.A in Opt.AB)


class Mode(IntFlag):
    READ = 1
    WRITE = 2
    EXEC = 4


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 3, m + 1, Mode.READ in m, isinstance(m, int), repr(Mode.READ | 8))
print(repr(m & Mode.WRITE), repr(m | 4), list(Mode), f"{Mode.EXEC}")


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)


class Status(str, Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"


print(Status.ACTIVE, repr(Status.ACTIVE), Status.ACTIVE == "active", Status("inactive"), f"{Status.ACTIVE}")
print(Status.ACTIVE.upper(), isinstance(Status.ACTIVE, str))


class TrafficLight(Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"

    def next(self):
        order = list(TrafficLight)
        return order[(order.index(self) + 1) % len(order)]


light = TrafficLight.RED
for _ in range(5):
    print(light.name, end=" -> ")
    light = light.next()
print(light)

transitions = {TrafficLight.RED: 30, TrafficLight.GREEN: 25, TrafficLight.YELLOW: 5}
print(sum(transitions.values()), sorted(t.name for t in transitions))
print(enum.Enum, issubclass(IntEnum, Enum), issubclass(Color, Enum))
