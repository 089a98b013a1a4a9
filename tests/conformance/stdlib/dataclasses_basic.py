from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, MISSING
import dataclasses


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p.x, p.y)
print(Point(3), Point(x=4, y=5), Point(y=7, x=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__eq__(p, (1, 2)))
print(Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)
print(Point.y, 'x' in Point.__dict__)
print([f.name for f in fields(Point)], [f.name for f in fields(p)])
print([f.default for f in fields(Point)][1], fields(Point)[0].default is MISSING)
print(fields(Point)[0].type is int, fields(Point)[0].init, fields(Point)[0].repr)
print(Point.__match_args__)
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
p.x = 10
print(p)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    computed: int = field(init=False, default=-1)

    def add(self, item):
        self.items.append(item)
        self.count += 1


a = Inventory("a")
b = Inventory("b")
a.add("apple")
a.add("pear")
print(a, b, a.count, b.count, a.computed)
print(Inventory("x", secret="q") == Inventory("x"), Inventory("x", count=2) == Inventory("x"))
try:
    Inventory("x", computed=3)
except TypeError as e:
    print("TypeError:", e)
print(asdict(a), astuple(a))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def bump(self):
        return replace(self, patch=self.patch + 1)


vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
print(sorted(vs))
print(max(vs), min(vs), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
print(Version(1) <= Version(1), Version(1) > Version(1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)
v = Version(1, 2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del v.minor
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    v.other = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(v) == hash(Version(1, 2)), {v: "x"}[Version(1, 2)], len({v, Version(1, 2), v.bump()}))
print(v.bump(), v.bump().bump(), v)
print(replace(v, major=9), replace(v))
try:
    replace(v, nope=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    id: int
    label: str = "base"


@dataclass
class Child(Base):
    extra: float = 1.5
    label: str = "child"


c = Child(7)
print(c, [f.name for f in fields(Child)], isinstance(c, Base))
print(Child(1, "l", 2.5), Base(1) == Child(1))


@dataclass
class Tracker:
    values: list
    total: int = field(init=False)
    log: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self):
        self.total = sum(self.values)
        self.log.append("post_init")


t = Tracker([1, 2, 3])
print(t, t.total, t.log)


@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)


n1 = Node(1)
print(n1 == Node(1), n1 == n1, Node.__hash__ is object.__hash__)
n1.children.append(Node(2, [Node(3)]))
print(n1)
print(asdict(n1))
print(astuple(n1))


@dataclass(repr=False, init=False)
class Custom:
    a: int = 5

    def __repr__(self):
        return "Custom!"


print(Custom(), Custom().a, Custom() == Custom())


@dataclass
class WithOwnEq:
    a: int

    def __eq__(self, other):
        return True


print(WithOwnEq(1) == WithOwnEq(2), WithOwnEq(1) == 5)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: int = field(default=0, hash=False)


print(hash(Hashy(1, 2)) == hash(Hashy(1, 3)), Hashy(1, 2) == Hashy(1, 3))


@dataclass(frozen=True)
class FrozenPair:
    left: object
    right: object


fp = FrozenPair([1], {"k": Point(1, 2)})
print(fp, asdict(fp), astuple(fp))
d = asdict(fp)
d["left"].append(2)
print(fp.left, d["left"])

for src in [
    "@dataclass\nclass Bad:\n    x: int = 0\n    y: int\n",
    "@dataclass\nclass Bad:\n    x: list = []\n",
    "@dataclass\nclass Bad:\n    x: int = field(default=1, default_factory=int)\n",
    "@dataclass(order=True)\nclass Bad:\n    x: int\n    def __lt__(self, o): return True\n",
    "@dataclass(order=True, eq=False)\nclass Bad:\n    x: int\n",
    "@dataclass(frozen=True)\nclass Bad(Point):\n    z: int = 0\n",
    "@dataclass\nclass Bad(Version):\n    z: int = 0\n",
    "@dataclass\nclass Bad:\n    x = field(default=1)\n",
]:
    try:
        exec(src, {"dataclass": dataclass, "field": field, "Point": Point, "Version": Version})
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for bad in [3, Point]:
    for fn in (asdict, astuple):
        try:
            fn(bad)
        except TypeError as e:
            print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Tracker([1]), total=3)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Outer:
    @dataclass
    class Inner:
        q: int = 1
    inner: "Outer.Inner" = None


print(Outer(Outer.Inner()), Outer.Inner.__qualname__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


@dataclass
class Shape:
    name: str

    def area(self):
        return 0

    def describe(self):
        return f"{self.name} with area {self.area()}"


@dataclass
class Rect(Shape):
    w: float = 1.0
    h: float = 1.0

    def area(self):
        return self.w * self.h


shapes = [Rect("r1", 2, 3), Shape("blob"), Rect("sq", h=4.0, w=4.0)]
for s in shapes:
    print(s, "->", s.describe())
print(sorted(shapes, key=lambda s: s.area()))
print(dataclasses.is_dataclass(Rect("x")), Rect.__name__, Rect.__init__.__name__)
