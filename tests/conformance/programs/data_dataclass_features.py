from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, make_dataclass, is_dataclass, FrozenInstanceError, KW_ONLY
import copy

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self, o):
        return ((self.x - o.x) ** 2 + (self.y - o.y) ** 2) ** 0.5

@dataclass
class Polygon:
    name: str
    points: list[Point] = field(default_factory=list)
    scale: InitVar[float] = 1.0
    closed: bool = field(default=True, repr=False)
    meta: dict = field(default_factory=dict, compare=False, metadata={"unit": "cm"})
    def __post_init__(self, scale):
        self.points = [Point(p.x * scale, p.y * scale) for p in self.points]
    @property
    def perimeter(self):
        pts = self.points + self.points[:1] if self.closed else self.points
        return sum(a.dist(b) for a, b in zip(pts, pts[1:]))

@dataclass(kw_only=True)
class Config:
    host: str = "localhost"
    port: int = 80

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = 3

@dataclass(slots=True)
class Slotted:
    k: str
    v: int = 0

sq = Polygon("square", [Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 1)], scale=2.0)
print(sq)
print(round(sq.perimeter, 4), Polygon("line", [Point(0, 0), Point(3, 4)], closed=False).perimeter)
print(asdict(sq))
print(astuple(Point(1, 2)))
print([(f.name, f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type)), f.metadata.get("unit")) for f in fields(sq)])
p = Point(3, 4)
try:
    p.x = 10
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(p) == hash(Point(3.0, 4.0)), p == Point(3, 4), p != Point(4, 3), {p, Point(3, 4)})
print(replace(p, y=-1), Config(port=8080), Mixed(1, c=9))
try:
    Config("h")
except TypeError as e:
    print("TypeError:", e)
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
s = Slotted("a")
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.other = 1
except AttributeError as e:
    print("AttributeError:", e)
Dyn = make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))], order=True)
print(Dyn(1), Dyn(1) < Dyn(2), sorted([Dyn(3, "a"), Dyn(1, "q"), Dyn(1, "b")]))
print(is_dataclass(Dyn), is_dataclass(Dyn(1)), is_dataclass(3))
sq2 = copy.deepcopy(sq)
sq2.points.append(Point(9, 9))
print(len(sq.points), len(sq2.points), sq == copy.copy(sq), sq == sq2)
try:
    Polygon()
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class BadDefault:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass(order=True, unsafe_hash=True)
class Ver:
    major: int
    minor: int = 0
    patch: int = 0
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split(".")))
vs = sorted(Ver.parse(s) for s in ["1.2.3", "1.10", "0.9.9", "1.2"])
print(vs, max(vs), len({Ver(1), Ver(1, 0, 0)}))
print(Ver.__eq__(Ver(1), 5), Ver(1) == (1, 0, 0))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)
print(repr(Point), Point.__doc__, Point.__match_args__)
match Point(0, 5):
    case Point(0, y):
        print("on y axis at", y)
