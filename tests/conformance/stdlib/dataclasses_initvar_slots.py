from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, asdict


@dataclass
class Scaled:
    x: int
    scale: InitVar[int] = 2
    label: str = "s"

    def __post_init__(self, scale):
        self.x *= scale


print(Scaled(5), Scaled(5, 3), Scaled(1, label="q"), [f.name for f in fields(Scaled)])
print(asdict(Scaled(4)), Scaled(2) == Scaled(1, 4))


@dataclass
class Conn:
    host: str
    password: InitVar[str]
    port: int = 80
    masked: str = field(init=False)

    def __post_init__(self, password):
        self.masked = password[0] + "*" * (len(password) - 1)


print(Conn("h", "secret"), Conn("h", "pw", 8080))


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm1(), Point.__slots__, hasattr(p, "__dict__"), Point(1) == Point(1, 0))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int


print(Frozen(1), hash(Frozen(1)) == hash(Frozen(1)))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1


print(Mixed(1, b=2), Mixed(1, c=5))
try:
    Mixed(1, 2)
except TypeError as e:
    print("TypeError:", e)
