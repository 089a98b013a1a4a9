# dataclasses.replace with InitVar fields, make_dataclass validation and module,
# functools.reduce argument errors, and types.DynamicClassAttribute.
import dataclasses
import functools
import types
from dataclasses import dataclass, field, InitVar, fields, replace, make_dataclass


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


@dataclass
class Scaled:
    base: int
    factor: InitVar[int]
    value: int = field(init=False, default=0)

    def __post_init__(self, factor):
        self.value = self.base * factor


s = Scaled(3, 4)
print(s, [f.name for f in fields(s)])
attempt("replace without the InitVar", lambda: replace(s, base=5))
attempt("replace with the InitVar", lambda: replace(s, base=5, factor=2))
attempt("replace an init=False field", lambda: replace(s, factor=1, value=3))


@dataclass
class WithDefaultInitVar:
    a: int
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.a *= scale


attempt("InitVar with a default", lambda: replace(WithDefaultInitVar(2, 3), a=1))
attempt("InitVar with a default given", lambda: replace(WithDefaultInitVar(2, 3), scale=5))

Point = make_dataclass("Point", ["x", ("y", int), ("z", int, field(default=0))],
                       namespace={"norm": lambda self: abs(self.x) + abs(self.y) + abs(self.z)})
p = Point(1, -2)
print(Point, p, p.norm(), Point.__module__, [f.type for f in fields(Point)])
Frozen = make_dataclass("Frozen", [("a", int)], frozen=True, order=True)
print(Frozen(1) < Frozen(2), hash(Frozen(1)) == hash(Frozen(1)))
attempt("duplicate field", lambda: make_dataclass("D", ["a", ("a", int)]))
attempt("keyword field", lambda: make_dataclass("D", ["class"]))
attempt("bad identifier", lambda: make_dataclass("D", ["a b"]))
attempt("non-string name", lambda: make_dataclass("D", [(1, int)]))
attempt("four-item field", lambda: make_dataclass("D", [("a", int, 1, 2)]))

print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))
attempt("reduce over an int", lambda: functools.reduce(lambda a, b: a + b, 5))
attempt("reduce of nothing", lambda: functools.reduce(lambda a, b: a + b, []))
attempt("reduce with keyword", lambda: functools.reduce(lambda a, b: a + b, [1], initial=0))
attempt("reduce with one argument", lambda: functools.reduce(max))
attempt("reduce with four", lambda: functools.reduce(max, [1], 0, 1))


class Meta(type):
    def __getattr__(cls, name):
        return f"class-level {name}"


class Thing(metaclass=Meta):
    def __init__(self):
        self._size = 3

    @types.DynamicClassAttribute
    def size(self):
        "The size."
        return self._size

    @size.setter
    def size(self, value):
        self._size = value


t = Thing()
print(t.size, Thing.size, Thing.__dict__["size"].__doc__)
t.size = 10
print(t.size)
attempt("delete", lambda: delattr(t, "size"))

# Misused options and fields.
from dataclasses import KW_ONLY
from typing import ClassVar


def slots_twice():
    @dataclass(slots=True)
    class S:
        __slots__ = ("x",)
        x: int


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class W:
        x: int


def classvar_kw_only():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)


def kw_only_twice():
    @dataclass
    class C:
        a: int
        _: KW_ONLY
        b: int = 0
        __: KW_ONLY


for f in (slots_twice, weakref_without_slots, classvar_kw_only, kw_only_twice):
    attempt(f.__name__, f)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    x: int


print(Weak.__slots__, Weak(3))

# Parameterized library classes.
print(functools.partial[int], functools.partialmethod[str], functools.cached_property[int])
print(dataclasses.Field[int], type(dataclasses.Field[int]).__name__)
