from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self): return f'{self.name}={self.value}'
print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color('blue'), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__.keys(), [m.describe() for m in Color])
try: Color(7)
except ValueError as e: print(e)
try: Color['PINK']
except KeyError as e: print('KeyError', e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: del Color.RED
except AttributeError as e: print(e)
print(Color.RED.name, Color.RED.value, Color.RED in Color, 1 in [m.value for m in Color], hash(Color.RED) == hash(Color.RED))
print(isinstance(Color.RED, Color), type(Color.RED), type(Color), Color.RED == 1, Color.RED < Color.BLUE if False else '')
try: Color.RED < Color.BLUE
except TypeError as e: print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Pri.LOW, repr(Pri.MID), Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), int(Pri.MID), f'{Pri.MID}', f'{Pri.MID:>5}', str(Pri.MID), '%d' % Pri.HIGH)
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
    RW = R | W
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm(0), repr(Perm(0)), Perm.R in Perm.RW, list(Perm.RW), ~Perm.R, bool(Perm(0)), Perm(7))
print(list(Perm), len(Perm), Perm.RW.name, (Perm.R | Perm.X).name, Perm.R.value)
class Mode(IntFlag):
    A = 1; B = 2; C = 4
print(Mode.A | Mode.B, repr(Mode.A | 8), Mode.A | 2, Mode(3), Mode.A + 1, Mode(0), ~Mode.A, str(Mode.B|Mode.C), format(Mode.B, 'd'))
class Sz(StrEnum):
    S = auto(); M = 'medium'
print(Sz.S, repr(Sz.M), Sz.S == 's', Sz.M.upper(), f'{Sz.M}', Sz('medium'))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, Planet((3.303e+23, 2.4397e6)))
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto(); B = auto()
print(list(Ord), Ord.B.value)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
A2 = Enum('A2', [('X', 10), ('Y', 20)])
print(A2.Y, A2(10))
try:
    class Ext(Color): pass
except TypeError as e: print(e)
class WithMeth(Enum):
    A = 1
    _ignore_ = ['tmp']
    tmp = 5
    def __str__(self): return 'custom ' + self.name
print(WithMeth.A, list(WithMeth), f'{WithMeth.A}')
print(Color.__members__['CRIMSON'], [n for n in Color.__members__])
class Weekday(Enum):
    MON = 1; TUE = 2
    @property
    def is_first(self): return self is Weekday.MON
    @classmethod
    def first(cls): return cls.MON
print(Weekday.first(), Weekday.TUE.is_first, Weekday.MON.is_first)
print(enum.Enum.__name__, isinstance(Color, EnumMeta), Color.RED.__class__.__name__)
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.CRIMSON], sorted(d, key=lambda m: m.value))
import copy, pickle
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Perm.RW) is Perm.RW)
class Cfg(Enum):
    DEBUG = 'debug'
    INFO = 'info'
    @classmethod
    def _missing_(cls, v):
        for m in cls:
            if m.value == str(v).lower(): return m
print(Cfg('DEBUG'), Cfg('Info'))
try: Cfg('warn')
except ValueError as e: print(e)
print(Perm.R.__or__(Perm.W), Perm['W'], Perm(3))
try: Perm(8)
except ValueError as e: print(e)
print(Mode(9), Mode.__members__.keys() if False else '')
