# enum's verify/EnumCheck, member/nonmember, _ignore_, global_enum, enum.property, members
# named like Enum's own properties, dir() of an enum class, and reserved member names.
import enum
from enum import (Enum, IntEnum, Flag, IntFlag, StrEnum, auto, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, EnumCheck, member, nonmember, global_enum, show_flag_values)


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS))
print(show_flag_values(13), show_flag_values(0))


def named_flags():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        BLUE = 4
        WHITE = 15
        NEON = 31


def one_alias():
    @verify(NAMED_FLAGS)
    class Color(Flag):
        RED = 1
        GREEN = 2
        ALL = 7


def continuous_flag():
    @verify(CONTINUOUS)
    class F(Flag):
        A = 1
        D = 8


def continuous_enum():
    @verify(CONTINUOUS)
    class V(IntEnum):
        A = 1
        C = 3
        F = 6


def unique_check():
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


def passes():
    @verify(UNIQUE, CONTINUOUS)
    class G(IntEnum):
        A = 1
        B = 2
        C = 3
    return list(G)


for f in (named_flags, one_alias, continuous_flag, continuous_enum, unique_check, passes):
    attempt(f.__name__, f)
attempt("verify a plain class", lambda: verify(UNIQUE)(int))


class Shapes(Enum):
    _ignore_ = "tmp helper"
    tmp = 5
    helper = 6
    SQUARE = 4
    sides = nonmember(10)

    @member
    def TRIANGLE(self):
        return 3

    def describe(self):
        return f"{self.name}={self.value!r}"


print([m.name for m in Shapes], Shapes.sides, hasattr(Shapes, "tmp"), hasattr(Shapes, "_ignore_"))
print(Shapes.SQUARE.describe(), Shapes.TRIANGLE.value(None))


def ignore_late():
    class E(Enum):
        A = 1
        _ignore_ = ["A"]


attempt("_ignore_ after the member", ignore_late)


def reserved():
    class E(Enum):
        mro = 1


attempt("member named mro", reserved)


class Field(Enum):
    name = "n"
    value = "v"
    other = "o"


print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.value,
      Field.value.name, list(Field))


class Sizes(Enum):
    SMALL = 1
    LARGE = 3

    @enum.property
    def label(self):
        return self.name.lower()


print(Sizes.SMALL.label, [s.label for s in Sizes])
attempt("Sizes.label", lambda: Sizes.label)

print(type(Sizes).__dir__(Sizes))
print(type(Field).__dir__(Field))
print(dir(Sizes.SMALL))


@global_enum
class Planet(Enum):
    MERCURY = 1
    VENUS = 2


@global_enum
class Bits(IntFlag):
    B1 = 1
    B2 = 2


print(repr(Planet.MERCURY), str(Planet.VENUS), MERCURY, VENUS is Planet.VENUS)
print(repr(B1), repr(Bits(3)), str(Bits(3)), repr(Bits(0)))
print(Flag._numeric_repr_ is repr)


class Pickled(Enum):
    __reduce_ex__ = enum.pickle_by_enum_name
    A = 1


print(Pickled.A.__reduce_ex__(2), enum.pickle_by_global_name(Pickled.A, 2))

# A mixin with __init__ (here a dataclass) is the members' data type.
import dataclasses


@dataclasses.dataclass(frozen=True)
class RGB:
    r: int
    g: int
    b: int


class Palette(RGB, Enum):
    RED = 255, 0, 0
    GREEN = 0, 255, 0


print(Palette.RED, repr(Palette.GREEN), Palette.RED.r, Palette.RED.value, Palette._member_type_)
attempt("Palette((0, 255, 0))", lambda: Palette((0, 255, 0)))
print(Palette(RGB(255, 0, 0)), Palette.RED.value == RGB(255, 0, 0))


class Describe:
    def describe(self):
        return f"{self.name} -> {self.value}"


class Plain(Describe, Enum):
    ONE = 1


print(Plain.ONE.describe(), Plain._member_type_, repr(Plain.ONE))
