from collections import deque, OrderedDict, UserDict, namedtuple
from collections.abc import Mapping
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
P = namedtuple("P", "x y")
def m(v):
    match v:
        case str() | bytes() | bytearray():
            return "stringish"
        case {"x": x, "y": y}:
            return f"mapping {x},{y}"
        case P(x, y):
            return f"namedtuple {x} {y}"
        case [x, y]:
            return f"pair {x} {y}"
        case [*xs] if len(xs) > 2:
            return f"long {len(xs)}"
        case []:
            return "empty seq"
        case int(n) | float(n) if n < 0:
            return "negative"
        case complex():
            return "complex"
        case bool(b):
            return f"bool {b}"
        case _:
            return "other"
for v in ["ab", b"ab", bytearray(b"x"), {"x": 1, "y": 2, "z": 3}, MyMap({"x": 5, "y": 6}), OrderedDict(x=1, y=2),
          UserDict(x=1, y=2), P(1, 2), (1, 2), deque([3, 4]), [1, 2, 3], range(2), range(5), [], -1, -2.5, 1j, True, {1, 2}, iter([1, 2])]:
    print(type(v).__name__, "->", m(v))
def nested(cmd):
    match cmd:
        case {"op": "move", "to": {"x": int(x), "y": int(y)}} if x >= 0:
            return ("move", x, y)
        case {"op": "say", "msg": str(msg)}:
            return ("say", msg)
        case {"op": op, **rest} if rest:
            return ("unknown", op, sorted(rest))
        case {"op": op}:
            return ("bare", op)
    return None
for c in [{"op": "move", "to": {"x": 1, "y": 2}}, {"op": "move", "to": {"x": -1, "y": 2}}, {"op": "say", "msg": "hi"},
          {"op": "say", "msg": 5}, {"op": "jump"}, {"no": 1}]:
    print(nested(c))
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Vec3(Vec):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z
def where(v):
    match v:
        case Vec3(0, 0, 0): return "origin3"
        case Vec3(x, y, z=0): return f"flat3 {x} {y}"
        case Vec(0, y): return f"yaxis {y}"
        case Vec(x=0) | Vec(y=0): return "on axis"
        case Vec(x, y) if x == y: return "diagonal"
        case Vec(): return "somewhere"
for v in [Vec3(0, 0, 0), Vec3(1, 2, 0), Vec3(1, 2, 3), Vec(0, 5), Vec(3, 0), Vec(2, 2), Vec(1, 2)]:
    print(where(v))
x = 5
match x:
    case 1 | 2:
        print("small")
    case n if n > 3:
        print("captured", n)
print("n after match:", n)
match (1, [2, 3], {"k": "v"}):
    case (a, [b, *c], {"k": d}):
        print(a, b, c, d)
match "hello world".split():
    case [first, *_, last]:
        print(first, last)
match 0.0:
    case 0:
        print("0.0 matches 0")
match -0:
    case -0:
        print("neg zero")
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 doesn't match True")
match None:
    case {}:
        print("none mapping")
    case _:
        print("none default")
match {}:
    case {}:
        print("empty dict matches {}")
import enum
class Color(enum.Enum):
    R = 1
    G = 2
match Color.G:
    case Color.R: print("r")
    case Color.G: print("g")
try:
    match 1:
        case int(x, y): pass
except TypeError as e:
    print("TypeError:", e)
class NotAClass: pass
nac = NotAClass()
try:
    match 1:
        case nac.__class__(): print("matched instance class")
        case _: print("no")
except TypeError as e:
    print("TypeError:", e)
