import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum
class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls); obj._value_ = value; obj.label = label; return obj
    PENNY = (1, 'penny')
    NICKEL = (5, 'nickel')
print(Coin.PENNY, Coin(5), Coin(5).label, Coin.NICKEL.value)
class Num(IntEnum):
    ONE = 1; TWO = 2
print(str(Num.ONE), repr(Num.ONE), f'{Num.TWO}', format(Num.TWO, '03d'), Num.ONE + Num.TWO, Num(2) is Num.TWO, Num.ONE == 1, [Num.ONE] == [1], hash(Num.ONE) == hash(1))
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), list(Color.WHITE), Color.WHITE, Color(6), repr(Color(6)), len(Color.WHITE), Color.RED in Color.WHITE, Color.WHITE & ~Color.RED)
print(Color.RED | Color.GREEN == Color(3), Color(0).name, (Color.RED ^ Color.WHITE).name, bool(Color.RED & Color.BLUE))
class P(IntFlag):
    R = 4; W = 2; X = 1
print(P(7), repr(P(7)), P.R | P.X, P(5) & P.R, int(P.R | P.W), P(0), repr(P(0)), P(15) if False else '', P.R in P(6), list(P(6)))
class S(StrEnum):
    A = 'alpha'; B = auto()
print(S.A, repr(S.A), S.B, S.A + '!', S.A.upper(), S('alpha') is S.A, isinstance(S.A, str), sorted(S), f'{S.B}')
class Ordered(Enum):
    _order_ = 'A B C'
    A = 1; B = 2; C = 3
print([m.name for m in Ordered])
try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1; B = 2
except TypeError as e: print('TypeError', e)
class Shape(Enum):
    SQUARE = 2; DIAMOND = 1; CIRCLE = 3; ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), list(Shape.__members__), Shape(2).name)
class WithMethods(Enum):
    A = 1; B = 2
    def __str__(self): return f'WM<{self.name}>'
    @classmethod
    def parse(cls, s): return cls[s.upper()]
    @staticmethod
    def helper(): return 'helped'
    @property
    def double(self): return self.value * 2
print(WithMethods.parse('b'), WithMethods.helper(), WithMethods.A.double, str(WithMethods.B), repr(WithMethods.B))
try: Enum('Bad', 'A A')
except TypeError as e: print('TypeError', e)
E2 = Enum('E2', 'X Y Z', start=10); print(list(E2), E2.Z.value)
E3 = IntEnum('E3', {'P': 5, 'Q': 7}); print(E3.Q, E3.Q + 1, repr(E3.P))
print(Coin.__members__['PENNY'], type(Coin.__members__).__name__, Coin.PENNY.__class__ is Coin)
print(dir(Num.ONE)[:5] if False else '', Num.__name__, Num.ONE.name, Num.ONE._name_, Num.ONE._value_)
try: Num.ONE.value = 3
except AttributeError as e: print('AttributeError', e)
try: Coin.PENNY.label2
except AttributeError as e: print('AttributeError', e)
class Empty(Enum): pass
class Extended(Empty):
    X = 1
print(Extended.X, list(Empty), len(Extended))
try:
    class Ext2(Extended): Y = 2
except TypeError as e: print('TypeError', e)
print(Color.RED < Color.BLUE if False else '', sorted([Num.TWO, Num.ONE]), max(Num), min(P))
print(isinstance(Color.RED, int), isinstance(P.R, int), P.R + 1, type(P.R + 1).__name__, type(P.R | 1).__name__)
class Mixed(int, Enum):
    LOW = 1
    HIGH = 2
print(Mixed.LOW, repr(Mixed.LOW), Mixed.LOW + 1, f'{Mixed.HIGH}', str(Mixed.HIGH))
class FloatE(float, Enum):
    HALF = 0.5
print(FloatE.HALF, FloatE.HALF * 2, repr(FloatE.HALF), f'{FloatE.HALF}')
print(enum.unique(Num) is Num, Num._member_names_, Coin._value2member_map_.keys() if False else '')
class Animal(Enum):
    DOG = 'dog'
    CAT = 'cat'
    @classmethod
    def _missing_(cls, value):
        return cls.DOG if value == 'puppy' else None
print(Animal('puppy'))
try: Animal('fish')
except ValueError as e: print(e)
class Bad2(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return 5
try: Bad2(9)
except Exception as e: print(type(e).__name__, e)
